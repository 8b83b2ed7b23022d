package fr.visioaccueil.booking;

/** A booking change refused for a reason the person can act on; the message key names it in French. */
public class BookingRefused extends RuntimeException {

    private final String messageKey;

    public BookingRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
