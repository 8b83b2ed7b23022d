package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.visioaccueil.visio.TurnCredentials.IceConfiguration;
import fr.visioaccueil.visio.TurnCredentials.IceServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Credentials as coturn's TURN REST API expects them, from settings bound the way the platform binds them. */
class TurnCredentialsTest {

    private static final Instant NEW_YEARS_EVE = Instant.parse("2009-12-31T23:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NEW_YEARS_EVE, ZoneId.of("Europe/Paris"));
    private static final String RELAY = "turn:turn.espap46.example:3478?transport=udp, "
            + "turn:turn.espap46.example:3478?transport=tcp, turns:turn.espap46.example:5349?transport=tcp";

    @Test
    void theUsernameIsTheExpiryThenTheAccountAndTheCredentialItsHmacWithTheSecret() {
        IceConfiguration ice = credentials(Map.of("secret", "visio-secret", "urls", RELAY)).issueFor(42);

        // computed apart from Java: printf '%s' '1262304000:42' | openssl dgst -sha1 -hmac visio-secret -binary | base64
        assertThat(ice.iceServers()).containsExactly(new IceServer(List.of(
                "turn:turn.espap46.example:3478?transport=udp", "turn:turn.espap46.example:3478?transport=tcp",
                "turns:turn.espap46.example:5349?transport=tcp"), "1262304000:42", "NlJmZN0lKGyGPRfJvMHhqrCvvLM="));
        assertThat(Instant.ofEpochSecond(1262304000)).isEqualTo(NEW_YEARS_EVE.plusSeconds(3600));
        assertThat(ice.ttl()).isEqualTo(3600);
    }

    @Test
    void theCredentialsExpireAfterTheConfiguredValidity() {
        IceConfiguration ice = credentials(Map.of("secret", "visio-secret", "urls", RELAY, "validity", "10m"))
                .issueFor(7);

        assertThat(ice.iceServers().get(0).username()).isEqualTo(NEW_YEARS_EVE.plusSeconds(600).getEpochSecond() + ":7");
        assertThat(ice.ttl()).isEqualTo(600);
    }

    @Test
    void anotherSecretGivesAnotherCredential() {
        String credential = credentials(Map.of("secret", "un-autre-secret", "urls", RELAY)).issueFor(42)
                .iceServers().get(0).credential();

        assertThat(credential).isNotEqualTo("NlJmZN0lKGyGPRfJvMHhqrCvvLM=");
    }

    @Test
    void withoutASecretThereIsNoRelaySoBrowsersGoPeerToPeer() {
        assertThat(credentials(Map.of()).issueFor(42)).isEqualTo(new IceConfiguration(List.of(), 0));
    }

    @Test
    void stunServersComeAfterTheRelayAndCarryNoCredentials() {
        IceConfiguration ice = credentials(Map.of("secret", "visio-secret", "urls", RELAY,
                "stun-urls", "stun:turn.espap46.example:3478")).issueFor(42);

        assertThat(ice.iceServers()).hasSize(2);
        assertThat(ice.iceServers().get(1)).isEqualTo(new IceServer(List.of("stun:turn.espap46.example:3478"), null, null));
    }

    @Test
    void theDefaultsAreNoRelayAndOneHour() {
        TurnProperties defaults = bind(Map.of());

        assertThat(defaults).isEqualTo(new TurnProperties("", "visio-accueil", Duration.ofHours(1),
                List.of(), List.of()));
    }

    @Test
    void aSecretWithoutAnyRelayAddressOrANullValidityIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("secret", "visio-secret"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("visio.turn.urls");
        assertThatThrownBy(() -> bind(Map.of("validity", "0s"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("visio.turn.validity");
    }

    @Test
    void aRelayOnlyRoomWithoutARelayIsRefusedAtStartUp() {
        RoomProperties relayOnly = new RoomProperties(Duration.ofHours(2), "relay");

        assertThatThrownBy(() -> new TurnCredentials(bind(Map.of()), relayOnly, CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("visio.turn.secret");
        assertThat(new TurnCredentials(bind(Map.of("secret", "visio-secret", "urls", RELAY)), relayOnly, CLOCK)
                .issueFor(42).iceServers()).hasSize(1);
    }

    private static TurnCredentials credentials(Map<String, String> settings) {
        return new TurnCredentials(bind(settings), new RoomProperties(Duration.ofHours(2), "all"), CLOCK);
    }

    private static TurnProperties bind(Map<String, String> settings) {
        Map<String, String> prefixed = new HashMap<>();
        settings.forEach((name, value) -> prefixed.put("visio.turn." + name, value));
        return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("visio.turn", TurnProperties.class);
    }
}
