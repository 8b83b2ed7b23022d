package fr.visioaccueil.visio.signaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.visioaccueil.visio.Side;

/**
 * The JSON a side receives: a relayed signal stamped with the sender's side and page, a peer notice, a notice
 * from the platform itself ({@link RoomNotice}), or an error.
 */
final class Outbound {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Outbound() {
    }

    /** {@code instance} names the sender's page (null before it joined): the receiver follows pages, not sockets. */
    static String of(Signal signal, Side from, String instance) {
        ObjectNode node = JSON.createObjectNode().put("from", from.name()).put("instance", instance);
        signal.writeTo(node);
        return node.toString();
    }

    /** The other side is there (with the page it is) or has gone. */
    static String peer(boolean present, String instance) {
        return JSON.createObjectNode().put("type", "peer").put("present", present).put("instance", instance)
                .toString();
    }

    static String notice(RoomNotice notice) {
        ObjectNode node = JSON.createObjectNode();
        notice.writeTo(node);
        return node.toString();
    }

    static String error(String code) {
        return JSON.createObjectNode().put("type", "error").put("code", code).toString();
    }
}
