package fr.visioaccueil.visio.signaling;

import fr.visioaccueil.visio.Side;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketSession;

/** Who is connected to which interview, one connection per side: a side reattaching replaces its old one. */
@Component
class Rooms {

    private final Map<Long, Map<Side, WebSocketSession>> rooms = new ConcurrentHashMap<>();

    /** Enters the room; gives back the connection this one replaces, if any. */
    Optional<WebSocketSession> enter(long interviewId, Side side, WebSocketSession session) {
        Map<Side, WebSocketSession> room = rooms.computeIfAbsent(interviewId, id -> new EnumMap<>(Side.class));
        synchronized (room) {
            return Optional.ofNullable(room.put(side, session));
        }
    }

    /** Leaves only if this connection still holds the side (a replaced one leaves nothing). */
    boolean leave(long interviewId, Side side, WebSocketSession session) {
        boolean[] left = {false};
        rooms.computeIfPresent(interviewId, (id, room) -> {
            synchronized (room) {
                left[0] = room.remove(side, session);
                return room.isEmpty() ? null : room;
            }
        });
        return left[0];
    }

    Optional<WebSocketSession> at(long interviewId, Side side) {
        Map<Side, WebSocketSession> room = rooms.get(interviewId);
        if (room == null) {
            return Optional.empty();
        }
        synchronized (room) {
            return Optional.ofNullable(room.get(side));
        }
    }
}
