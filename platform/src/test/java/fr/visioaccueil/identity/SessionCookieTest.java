package fr.visioaccueil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The session cookie over real HTTP: HttpOnly and SameSite=Lax always, and Secure when a proxy in front says
 * the browser came in over HTTPS (the platform itself then speaks plain HTTP to that proxy).
 */
@PlatformTest
@AutoConfigureMockMvc // unused here, but it lets this class share the application of the other identity tests
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void isSecureBehindAnHttpsProxy() throws Exception {
        String cookie = sessionCookie("https");
        assertThat(cookie).startsWith("VISIO_SESSION=").contains("; Secure").contains("; HttpOnly")
                .contains("; SameSite=Lax");
    }

    @Test
    void isHttpOnlyAndLaxButNotSecureOverPlainHttp() throws Exception {
        String cookie = sessionCookie(null);
        assertThat(cookie).startsWith("VISIO_SESSION=").contains("; HttpOnly").contains("; SameSite=Lax")
                .doesNotContain("Secure");
    }

    /** The sign-in page opens a session for its CSRF token. */
    private String sessionCookie(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/connexion"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("VISIO_SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
