package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.StaffSessions;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /visio/turn} over real HTTP, with the platform pointed at a real coturn. */
@PlatformTest
@WithCoturn
class TurnEndpointTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;
    @Autowired
    Coturn coturn;

    @Test
    void aMediatorGetsTheRelayWithCredentialsValidForOneHour() {
        HttpResponse<String> response = signedIn(StaffSessions.MEDIATOR_BRETENOUX).get("/visio/turn");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(response.headers().allValues("Cache-Control")).anySatisfy(value ->
                assertThat(value).contains("no-store"));
        JsonNode ice = JSON.readTree(response.body());
        assertThat(ice.get("ttl").asLong()).isEqualTo(3600);
        JsonNode relay = ice.get("iceServers").get(0);
        assertThat(JSON.convertValue(relay.get("urls"), String[].class)).containsExactlyElementsOf(coturn.turnUrls());
        long expiry = Long.parseLong(relay.get("username").asString().split(":")[0]);
        assertThat(expiry - Instant.now().getEpochSecond()).isBetween(3600L - 60, 3600L);
        assertThat(Base64.getDecoder().decode(relay.get("credential").asString())).hasSize(20);
        assertThat(ice.get("iceServers").get(1).toString()).isEqualTo("{\"urls\":[\"" + coturn.stunUrl() + "\"]}");
    }

    @Test
    void eachStaffMemberGetsCredentialsInTheirOwnName() {
        String mediator = username(signedIn(StaffSessions.MEDIATOR_BRETENOUX));
        String agent = username(signedIn(StaffSessions.AGENT_CAF));

        assertThat(mediator).matches("\\d+:\\d+");
        assertThat(agent).matches("\\d+:\\d+");
        assertThat(mediator.split(":")[1]).isNotEqualTo(agent.split(":")[1]);
    }

    @Test
    void anonymousScriptsGetA401InJsonRatherThanTheSignInPage() {
        HttpResponse<String> response = SignedInClient.anonymous(port).get("/visio/turn");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("erreur").asString())
                .isEqualTo("Connexion requise : votre session a peut-être expiré, reconnectez-vous.");
        assertThat(response.body()).doesNotContain(coturn.secret());
    }

    private SignedInClient signedIn(String email) {
        return SignedInClient.signIn(port, email, StaffSessions.DEMO_PASSWORD);
    }

    private static String username(SignedInClient client) {
        return JSON.readTree(client.get("/visio/turn").body()).get("iceServers").get(0).get("username").asString();
    }
}
