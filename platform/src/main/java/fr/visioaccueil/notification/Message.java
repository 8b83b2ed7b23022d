package fr.visioaccueil.notification;

/** What the outbox sends: an {@link Email} or an {@link Sms}. */
public sealed interface Message permits Email, Sms {

    /** Whom it goes to: an e-mail address, or a phone number in E.164. */
    String recipient();

    /** The outbox's name for its kind. */
    String kind();

    /** The plain text: an e-mail's body, or the SMS itself. */
    String text();
}
