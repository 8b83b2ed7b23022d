package fr.visioaccueil.survey;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an answer. The invitation is consumed in the same transaction as the answer is written: either both
 * happen or neither, and a second submit of the same link (even at the same instant) is refused. The answer
 * copies the invitation's point, kind, organisation and keeps the day only; it names no invitation. The
 * satisfaction counters take the answer in the same transaction.
 */
@Service
class SurveyAnswers {

    /** Why an answer was not recorded. */
    enum Outcome { RECORDED, REFUSED }

    private final JdbcClient jdbc;
    private final SurveyInvitations invitations;
    private final SatisfactionTally tally;
    private final Clock clock;

    SurveyAnswers(JdbcClient jdbc, SurveyInvitations invitations, SatisfactionTally tally, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.tally = tally;
        this.clock = clock;
    }

    @Transactional
    Outcome record(String token, Invitation invitation, Map<Long, List<String>> values) {
        if (!invitations.consume(token)) {
            return Outcome.REFUSED;
        }
        long answerId = jdbc.sql("""
                        INSERT INTO survey_answer (campaign_id, point_id, kind, organisation_id, answered_on)
                        VALUES (:campaign, :point, :kind, :organisation, :day) RETURNING id""")
                .param("campaign", invitation.campaignId()).param("point", invitation.pointId())
                .param("kind", invitation.kind().name()).param("organisation", invitation.organisationId())
                .param("day", Date.valueOf(LocalDate.now(clock))).query(Long.class).single();
        values.forEach((questionId, given) -> given.forEach(value -> jdbc.sql(
                        "INSERT INTO survey_response (answer_id, question_id, value) VALUES (:a, :q, :v)")
                .param("a", answerId).param("q", questionId).param("v", value).update()));
        tally.count(List.of(answerId), 1);
        return Outcome.RECORDED;
    }
}
