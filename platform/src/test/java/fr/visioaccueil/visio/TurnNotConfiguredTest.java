package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.StaffSessions;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without {@code visio.turn.secret} (the default) browsers get no relay and simply connect peer to peer. */
@PlatformTest
class TurnNotConfiguredTest {

    @LocalServerPort
    int port;

    @Test
    void theAgentGetsAnEmptyListOfIceServers() {
        HttpResponse<String> response = SignedInClient.signIn(port, StaffSessions.AGENT_CAF, StaffSessions.DEMO_PASSWORD)
                .get("/visio/turn");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"iceServers\":[],\"ttl\":0}");
        assertThat(response.headers().allValues("Cache-Control")).anySatisfy(value ->
                assertThat(value).contains("no-store"));
    }
}
