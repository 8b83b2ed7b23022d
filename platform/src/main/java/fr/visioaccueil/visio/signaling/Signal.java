package fr.visioaccueil.visio.signaling;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One message a side sends through signaling; anything that is not one of these is refused. */
sealed interface Signal {

    /** Writes the message as the other side receives it. */
    void writeTo(ObjectNode out);

    /**
     * A page (re)attached. {@code instance} names the page, not the connection: the other side keeps its peer
     * connection when the same page reattaches (signaling blip, platform restart) and starts anew for a new page.
     */
    record Join(String instance) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "peer").put("present", true).put("instance", instance);
        }
    }

    record Offer(String sdp) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "offer").put("sdp", sdp);
        }
    }

    record Answer(String sdp) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "answer").put("sdp", sdp);
        }
    }

    /** An ICE candidate; an empty {@code candidate} marks the end of gathering. */
    record Candidate(String candidate, String sdpMid, Integer sdpMLineIndex) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "candidate").put("candidate", candidate).put("sdpMid", sdpMid)
                    .put("sdpMLineIndex", sdpMLineIndex);
        }
    }

    record Chat(String text) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "chat").put("text", text);
        }
    }

    /** The sender's video was turned off (camera off, audio only) or on again: the other side hides or shows it. */
    record Video(boolean on) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "video").put("on", on);
        }
    }

    /** The sender's video adapts to its link ({@code good}, {@code medium}, {@code poor}): the other side shows it. */
    record Quality(String level) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "quality").put("level", level);
        }
    }

    record HangUp() implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "hangup");
        }
    }
}
