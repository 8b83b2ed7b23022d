package fr.visioaccueil.notification;

import fr.visioaccueil.shared.NetworkTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One notification as the coordinator sees it: whom, what about, what became of it — never its text. */
record NotificationRow(String kind, String recipient, String subject, String status, int attempts,
                       Instant notBefore, Instant sentAt, Instant createdAt) {

    private static final ZoneId PARIS = NetworkTime.ZONE;

    /** {@code c***@exemple.fr}, {@code +33 6 ** ** ** 12}: enough to recognise a person one is told about. */
    public String maskedRecipient() {
        if ("sms".equals(kind)) {
            return recipient.substring(0, 3) + " " + recipient.charAt(3) + " ** ** ** "
                    + recipient.substring(recipient.length() - 2);
        }
        int at = recipient.indexOf('@');
        return recipient.charAt(0) + "***" + recipient.substring(at);
    }

    public ZonedDateTime plannedAt() {
        return notBefore.atZone(PARIS);
    }

    public ZonedDateTime sentAtParis() {
        return sentAt == null ? null : sentAt.atZone(PARIS);
    }

    public ZonedDateTime createdAtParis() {
        return createdAt.atZone(PARIS);
    }
}
