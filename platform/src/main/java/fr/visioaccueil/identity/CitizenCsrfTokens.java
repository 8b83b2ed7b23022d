package fr.visioaccueil.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Citizens book and manage appointments without an account, so their pages must not open a server session just
 * for a CSRF token: there the token travels in an HttpOnly, SameSite cookie that the form must echo (double
 * submit). Every other page keeps the token in the staff member's session.
 */
final class CitizenCsrfTokens implements CsrfTokenRepository {

    private final CsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository inCookie = new CookieCsrfTokenRepository();

    CitizenCsrfTokens() {
        inCookie.setCookieName("VISIO_CSRF");
        inCookie.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean citizen = path.startsWith("/rendez-vous/")
                || path.startsWith("/points/") && path.endsWith("/rendez-vous");
        return citizen ? inCookie : inSession;
    }
}
