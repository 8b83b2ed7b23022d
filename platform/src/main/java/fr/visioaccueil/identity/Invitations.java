package fr.visioaccueil.identity;

import fr.visioaccueil.shared.NetworkTime;
import fr.visioaccueil.shared.PublicUrl;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Issues the one-time link with which a person chooses their password (first time, or after forgetting it). */
@Service
class Invitations {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(NetworkTime.ZONE);

    private final AccountManagement management;
    private final PasswordTokens tokens;
    private final AuditLog audit;
    private final SignInProperties signIn;
    private final Environment environment;
    private final Clock clock;

    Invitations(AccountManagement management, PasswordTokens tokens, AuditLog audit, SignInProperties signIn,
                Environment environment, Clock clock) {
        this.management = management;
        this.tokens = tokens;
        this.audit = audit;
        this.signIn = signIn;
        this.environment = environment;
        this.clock = clock;
    }

    @Transactional
    Invitation issue(long accountId) {
        StaffAccount account = management.get(accountId);
        Instant expiresAt = clock.instant().plus(signIn.invitationValidity());
        String token = tokens.issue(accountId, expiresAt);
        audit.account(AuditAction.INVITE, accountId, AccountSnapshots.summary(account.displayName(), account.email()),
                "lien valable jusqu’au " + UNTIL.format(expiresAt));
        String link = UriComponentsBuilder.fromUriString(PublicUrl.outsideRequest(environment)).path("/mot-de-passe/choisir")
                .queryParam("jeton", token).toUriString();
        return new Invitation(accountId, account.email(), account.displayName(), link, expiresAt);
    }
}
