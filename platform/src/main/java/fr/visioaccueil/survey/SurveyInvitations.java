package fr.visioaccueil.survey;

import fr.visioaccueil.network.InvalidChange;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Gives invitations to answer the current campaign, and reads them back from their token. */
@Service
class SurveyInvitations {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyInvitations(JdbcClient jdbc, Campaigns campaigns, SurveyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.properties = properties;
        this.clock = clock;
    }

    IssuedInvitation issue(long pointId, VisitKind kind, Long organisationId) {
        Campaign campaign = campaigns.current().orElseThrow(() -> new InvalidChange("pointId", "survey.invite.noCampaign"));
        LocalDate today = LocalDate.now(clock);
        LocalDate expires = today.plus(properties.invitationValidity());
        String token = InvitationTokens.newToken();
        jdbc.sql("""
                INSERT INTO survey_invitation (token_hash, campaign_id, point_id, kind, organisation_id, issued_on, expires_on)
                VALUES (:hash, :campaign, :point, :kind, :organisation, :issued, :expires)""")
                .param("hash", InvitationTokens.hashOf(token).orElseThrow()).param("campaign", campaign.id())
                .param("point", pointId).param("kind", kind.name()).param("organisation", organisationId)
                .param("issued", Date.valueOf(today)).param("expires", Date.valueOf(expires)).update();
        return new IssuedInvitation(token, expires);
    }

    Optional<Invitation> find(String token) {
        return InvitationTokens.hashOf(token).flatMap(hash -> jdbc.sql("""
                        SELECT campaign_id, point_id, kind, organisation_id, issued_on, expires_on, used
                        FROM survey_invitation WHERE token_hash = :hash""").param("hash", hash)
                .query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), VisitKind.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4, Long.class), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                        rs.getBoolean(7)))
                .optional());
    }

    InvitationState state(Optional<Invitation> invitation) {
        return InvitationState.of(invitation.isPresent(), invitation.map(Invitation::used).orElse(false),
                invitation.map(Invitation::expiresOn).orElse(LocalDate.MIN), LocalDate.now(clock));
    }

    /**
     * Marks the invitation used, if it still is open: one UPDATE whose condition the database checks under the
     * row's lock, so of two submits at the same moment exactly one wins.
     */
    boolean consume(String token) {
        LocalDate today = LocalDate.now(clock);
        return InvitationTokens.hashOf(token).map(hash -> jdbc.sql("""
                        UPDATE survey_invitation SET used = TRUE
                        WHERE token_hash = :hash AND NOT used AND expires_on >= :today""")
                .param("hash", hash).param("today", Date.valueOf(today)).update() == 1).orElse(false);
    }
}
