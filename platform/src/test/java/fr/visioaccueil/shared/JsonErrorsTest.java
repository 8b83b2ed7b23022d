package fr.visioaccueil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.StaffSessions;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON error of the platform has one shape, whoever refuses: the security entry point (a script with no
 * session), the error controller (the API) and a module's own refusal (the visio documents panel).
 */
@PlatformTest
class JsonErrorsTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Test
    void anAnonymousScriptGetsTheSameKeyAsEveryOtherApiError() {
        SignedInClient anonymous = SignedInClient.anonymous(port);
        expect(anonymous.get("/visio/turn"), 401,
                "Connexion requise : votre session a peut-être expiré, reconnectez-vous.");
        expect(anonymous.fetchFile("/visio/entretiens/1/documents", "fichier", "scan.pdf", new byte[] {1}), 401,
                "Connexion requise : votre session a peut-être expiré, reconnectez-vous.");
        expect(anonymous.get("/api/points/999999"), 404, "Cette page n’existe pas ou plus.");
    }

    @Test
    void aModuleRefusalInJsonUsesThatKeyToo() {
        SignedInClient mediator = SignedInClient.signIn(port, StaffSessions.MEDIATOR_BRETENOUX,
                StaffSessions.DEMO_PASSWORD);
        HttpResponse<String> refused = mediator.fetchFile("/visio/entretiens/999999/documents", "fichier", "scan.pdf",
                new byte[] {1});
        JsonNode body = JSON.readTree(refused.body());
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(fields(body)).containsExactly("status", ErrorPages.JSON_KEY);
        assertThat(body.get("status").asInt()).isEqualTo(refused.statusCode());
    }

    private static void expect(HttpResponse<String> response, int status, String sentence) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(fields(body)).containsExactly("status", "erreur");
        assertThat(body.get("erreur").asString()).isEqualTo(sentence);
        assertThat(body.get("status").asInt()).isEqualTo(status);
    }

    private static List<String> fields(JsonNode body) {
        return body.propertyNames().stream().toList();
    }
}
