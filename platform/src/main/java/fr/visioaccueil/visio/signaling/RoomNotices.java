package fr.visioaccueil.visio.signaling;

import fr.visioaccueil.visio.Side;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;

/**
 * Sends the platform's own notices to one side of a room over its signaling connection. A side that is not
 * connected (reattaching) misses it, which is harmless: its page lists what it missed when it loads again.
 */
@Component
public class RoomNotices {

    private static final Logger log = LoggerFactory.getLogger(RoomNotices.class);

    private final Rooms rooms;

    RoomNotices(Rooms rooms) {
        this.rooms = rooms;
    }

    public void tell(long interviewId, Side side, RoomNotice notice) {
        rooms.at(interviewId, side).filter(session -> session.isOpen()).ifPresent(session -> {
            try {
                // the connections held by Rooms serialise their writers, so this may cross a relayed message
                session.sendMessage(new TextMessage(Outbound.notice(notice)));
            } catch (IOException | IllegalStateException gone) {
                log.debug("Avis impossible à remettre : {}", gone.getMessage());
            }
        });
    }
}
