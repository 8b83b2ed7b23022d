package fr.visioaccueil.visio.signaling;

/**
 * One connection's text message as it arrives in parts. The container hands over a long message (an SDP offer) in
 * parts of its small per-connection buffer; they are joined here up to the signaling limit, and only while a
 * message is incomplete, so that each idle connection costs a few kilobytes instead of a full-size buffer. Beyond
 * the limit the rest is dropped as it comes and the whole message refused. One connection, one thread at a time.
 */
final class TextAssembly {

    private final int limit;
    private StringBuilder parts;
    private String whole;
    private boolean tooLarge;

    TextAssembly(int limit) {
        this.limit = limit;
    }

    /** Adds a part; true when it was the last one and the message can be taken (or left: the next starts anew). */
    boolean add(String part, boolean last) {
        if (parts == null) {
            tooLarge = false;
            if (last) {
                whole = part;
                return true;
            }
            parts = new StringBuilder();
        }
        tooLarge = tooLarge || parts.length() + part.length() > limit;
        if (!tooLarge) {
            parts.append(part);
        }
        if (last) {
            whole = tooLarge ? null : parts.toString();
            parts = null;
        }
        return last;
    }

    /** The message just completed; refused when it went over the limit. */
    String take() throws InvalidSignal {
        if (tooLarge) {
            throw new InvalidSignal("too-large", "message over " + limit + " characters");
        }
        return whole;
    }
}
