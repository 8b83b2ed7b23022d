package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AgentPresenceTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAgentIsOnlineWhileAPageIsOpenAndForAShortGraceAfter() {
        Hand clock = new Hand();
        VisioProperties properties = new VisioProperties(Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofSeconds(30), Duration.ofSeconds(15));
        AgentPresence presence = new AgentPresence(properties, clock);

        presence.connected(7, 1);
        presence.connected(7, 1);
        presence.disconnected(7);
        clock.now = clock.now.plusSeconds(600);
        assertThat(presence.organisationsOnline()).containsExactly(1L);

        presence.disconnected(7);
        clock.now = clock.now.plusSeconds(29);
        assertThat(presence.organisationsOnline()).containsExactly(1L);
        clock.now = clock.now.plusSeconds(2);
        assertThat(presence.organisationsOnline()).isEmpty();
    }
}
