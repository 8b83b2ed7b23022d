package fr.visioaccueil.visio.signaling;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One message a side sends through signaling; anything that is not one of these is refused. */
sealed interface Signal {

    /** Writes the message as the other side receives it. */
    void writeTo(ObjectNode out);

    /** A page (re)attached; {@code fresh} when it has no peer connection yet, so the other side starts anew. */
    record Join(boolean fresh) implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "peer").put("present", true).put("fresh", fresh);
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

    record HangUp() implements Signal {
        @Override
        public void writeTo(ObjectNode out) {
            out.put("type", "hangup");
        }
    }
}
