package fr.visioaccueil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SignedInClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The health a supervisor polls says whether the platform serves its users. Without an SMTP server, e-mails wait
 * in the outbox (listed on /admin/notifications) while every page and interview works, so the platform is up.
 */
@PlatformTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void thePlatformIsUpWithoutAnSmtpServer() {
        HttpResponse<String> health = SignedInClient.anonymous(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
