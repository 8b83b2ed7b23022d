package fr.visioaccueil.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account: after a few, each further attempt waits longer; after more, the account
 * is locked for a while. A successful sign-in clears the count.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final StaffAccounts accounts;
    private final SignInProperties properties;
    private final Clock clock;

    LoginFailureHandler(StaffAccounts accounts, SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        if (exception instanceof LockedException) {
            response.sendRedirect(request.getContextPath() + "/connexion?verrouille");
            return;
        }
        int attempts = email == null ? 0
                : accounts.recordFailure(email, clock.instant(), properties.lockAfter(), properties.lockFor());
        slowDown(attempts);
        String outcome = attempts >= properties.lockAfter() ? "verrouille" : "erreur";
        response.sendRedirect(request.getContextPath() + "/connexion?" + outcome);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
            accounts.recordSuccess(principal.accountId());
        }
    }

    private void slowDown(int attempts) {
        int beyond = attempts - properties.slowdownAfter();
        if (beyond <= 0) {
            return;
        }
        Duration wait = properties.slowdownStep().multipliedBy(beyond);
        try {
            Thread.sleep((wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
