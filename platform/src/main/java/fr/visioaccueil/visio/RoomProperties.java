package fr.visioaccueil.visio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the interview room.
 *
 * @param passValidity how long a signed room pass opens the signaling connection; long enough to outlast an
 *                     interview, since after a platform restart the page can only reattach with the pass it holds
 */
@ConfigurationProperties("visio.room")
public record RoomProperties(@DefaultValue("2h") Duration passValidity) {
}
