package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RoomPassesTest {

    private static final byte[] SECRET = "un secret de test assez long pour HMAC".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private static RoomPasses at(Instant instant) {
        return new RoomPasses(SECRET, Clock.fixed(instant, ZoneOffset.UTC), Duration.ofMinutes(10));
    }

    @Test
    void aPassSaysWhoMayEnterWhichInterviewOnWhichSide() {
        String token = at(NOW).issue(42, Side.AGENT, 7);
        assertThat(at(NOW.plusSeconds(599)).verify(token))
                .contains(new RoomPass(42, Side.AGENT, 7, NOW.plus(Duration.ofMinutes(10))));
    }

    @Test
    void anExpiredPassIsRefused() {
        String token = at(NOW).issue(42, Side.POINT, 7);
        assertThat(at(NOW.plusSeconds(600)).verify(token)).isEmpty();
    }

    @Test
    void aTamperedOrForeignPassIsRefused() {
        String token = at(NOW).issue(42, Side.POINT, 7);
        String payload = token.substring(0, token.indexOf('.'));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).replace("42:", "43:")
                        .getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        RoomPasses otherSecret = new RoomPasses("autre".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(10));

        assertThat(at(NOW).verify(forged)).isEmpty();
        assertThat(otherSecret.verify(token)).isEmpty();
        assertThat(at(NOW).verify("n'importe.quoi")).isEmpty();
        assertThat(at(NOW).verify(null)).isEmpty();
    }
}
