package fr.visioaccueil.visio.signaling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.visioaccueil.visio.Side;

/** A message the platform itself sends into a room (not relayed from the other side). */
public sealed interface RoomNotice {

    /** Writes the message as the receiving side reads it. */
    void writeTo(ObjectNode out);

    /** A document was sent in this interview; the page fetches it by its id when someone opens it. */
    record DocumentShared(String id, String name, String mediaType, long size, Side from, String time)
            implements RoomNotice {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "document").put("id", id).put("name", name).put("mediaType", mediaType)
                    .put("size", size).put("from", from.name()).put("time", time);
        }
    }
}
