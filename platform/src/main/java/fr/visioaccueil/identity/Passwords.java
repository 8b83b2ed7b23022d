package fr.visioaccueil.identity;

import fr.visioaccueil.identity.PasswordTokens.TokenState;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting a password: with a one-time link, or by a signed-in staff member who knows the current one. */
@Service
class Passwords {

    private final StaffAccounts accounts;
    private final StaffAccountUpdates updates;
    private final PasswordTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    Passwords(StaffAccounts accounts, StaffAccountUpdates updates, PasswordTokens tokens, PasswordPolicy policy,
              PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.updates = updates;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The link's account, if the link may still be used; otherwise why not. */
    TokenCheck check(String token) {
        Optional<TokenState> state = token == null || token.length() > 100 ? Optional.empty()
                : tokens.find(token, clock.instant());
        if (state.isEmpty()) {
            return TokenCheck.UNKNOWN;
        }
        return state.get().used() ? TokenCheck.USED : state.get().expired() ? TokenCheck.EXPIRED
                : TokenCheck.valid(accounts.findById(state.get().accountId()).orElseThrow());
    }

    /** Sets the password once; the same link presented again, or too late, changes nothing. */
    @Transactional
    void choose(String token, String password, String confirmation) {
        TokenCheck check = check(token);
        if (!check.isValid()) {
            throw new TokenRefused(check);
        }
        StaffAccount account = check.account();
        enforce(policy.problems(password, confirmation, account.email()));
        // checked above, but only this update decides between two submissions of the same link
        tokens.consume(token, clock.instant()).orElseThrow(() -> new TokenRefused(TokenCheck.USED));
        tokens.discardPending(account.id());
        updates.setPasswordHash(account.id(), encoder.encode(password));
        // nobody is signed in: the person choosing their password is the actor
        audit.account(account.email(), AuditAction.PASSWORD_SET, account.id(), summary(account), "");
    }

    @Transactional
    void change(long accountId, String current, String password, String confirmation) {
        StaffAccount account = accounts.findById(accountId).orElseThrow();
        if (current == null || !account.hasPassword() || !encoder.matches(current, account.passwordHash())) {
            throw new InvalidAccount(List.of(new FieldProblem("current", "password.current.wrong")));
        }
        enforce(policy.problems(password, confirmation, account.email()));
        updates.setPasswordHash(accountId, encoder.encode(password));
        audit.account(AuditAction.PASSWORD_CHANGE, accountId, summary(account), "");
    }

    /** For the demo loader and other modules: no link, no audit of a secret, only that it was set. */
    @Transactional
    void set(long accountId, String password) {
        StaffAccount account = accounts.findById(accountId).orElseThrow();
        updates.setPasswordHash(accountId, encoder.encode(password));
        audit.account(AuditAction.PASSWORD_SET, accountId, summary(account), "");
    }

    private static void enforce(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAccount(problems);
        }
    }

    private static String summary(StaffAccount account) {
        return AccountSnapshots.summary(account.displayName(), account.email());
    }
}
