package fr.visioaccueil.identity;

/** What became of an invitation e-mail, with the message shown to the coordinator. */
enum Delivery {
    SENT("invitation.sent"),
    NO_SMTP("invitation.noSmtp"),
    FAILED("invitation.failed");

    private final String messageKey;

    Delivery(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    /** Unless the e-mail left, the coordinator must pass the link on by hand. */
    boolean linkToShow() {
        return this != SENT;
    }
}
