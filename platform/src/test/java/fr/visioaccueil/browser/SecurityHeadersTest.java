package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of response, as Tomcat serves it, carries the headers that stop injection, sniffing and framing. */
@PlatformTest
class SecurityHeadersTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/points", "/css/visio.css", "/theme.css", "/webjars/htmx.org/dist/htmx.min.js",
            "/api/points", "/points/ce-point-n-existe-pas", "/connexion", "/admin/points", "/interne/secret"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());

        Map<String, String> csp = directives(response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(csp.getOrDefault("script-src", csp.get("default-src"))).as("script-src of %s", path)
                .isNotBlank().doesNotContain("'unsafe-inline'");
        assertThat(csp.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).get().asString()
                .isIn("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(directive -> !directive.isEmpty())
                .map(directive -> directive.split("\\s+", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts.length > 1 ? parts[1] : ""));
    }
}
