package fr.visioaccueil.visio;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the interview room.
 *
 * @param passValidity how long a signed room pass opens the signaling connection; long enough to outlast an
 *                     interview, since after a platform restart the page can only reattach with the pass it holds
 * @param iceTransportPolicy the browsers' {@code iceTransportPolicy}: {@code all} (direct when possible, else the
 *                           relay) or {@code relay} (always through the relay, e.g. for networks that block peer
 *                           to peer, and for tests)
 */
@ConfigurationProperties("visio.room")
public record RoomProperties(
        @DefaultValue("2h") Duration passValidity,
        @DefaultValue("all") String iceTransportPolicy) {

    private static final Set<String> ICE_TRANSPORT_POLICIES = Set.of("all", "relay");

    public RoomProperties {
        if (!ICE_TRANSPORT_POLICIES.contains(iceTransportPolicy)) {
            throw new IllegalArgumentException(
                    "visio.room.ice-transport-policy must be all or relay, not " + iceTransportPolicy);
        }
    }
}
