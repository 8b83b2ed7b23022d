package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoomPropertiesTest {

    @Test
    void theIceTransportPolicyIsAllOrRelay() {
        assertThat(new RoomProperties(Duration.ofHours(2), "relay").iceTransportPolicy()).isEqualTo("relay");
        assertThat(new RoomProperties(Duration.ofHours(2), "all").iceTransportPolicy()).isEqualTo("all");
        assertThatIllegalArgumentException().isThrownBy(() -> new RoomProperties(Duration.ofHours(2), "RELAIS"))
                .withMessageContaining("visio.room.ice-transport-policy");
    }
}
