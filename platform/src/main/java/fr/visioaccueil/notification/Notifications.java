package fr.visioaccueil.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules e-mails and SMS to be sent by the outbox job, durably: a scheduled notification is sent after a
 * restart, and at most once. Keys name what a notification is about, e.g. {@code rdv-42-rappel}; they are
 * chosen so that a prefix ({@code rdv-42-}) designates every notification of one thing.
 */
@Service
public class Notifications {

    private static final int MAX_KEY_LENGTH = 200;

    private final Outbox outbox;
    private final Clock clock;

    Notifications(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Schedules once per key, in the caller's transaction: a second call with the same key does nothing. */
    @Transactional
    public void schedule(String key, Email email, Instant notBefore) {
        Objects.requireNonNull(email, "email");
        if (outbox.add(checked(key), "email", email.to(), email.subject(), email.text(), notBefore(notBefore),
                clock.instant())) {
            outbox.attach(key, email.attachments());
        }
    }

    /** Schedules once per key, in the caller's transaction: a second call with the same key does nothing. */
    @Transactional
    public void schedule(String key, Sms sms, Instant notBefore) {
        Objects.requireNonNull(sms, "sms");
        outbox.add(checked(key), "sms", sms.phoneNumber(), null, sms.text(), notBefore(notBefore), clock.instant());
    }

    /**
     * Cancels the pending (not yet sent) notifications whose key starts with the prefix; returns how many.
     * One being sent at this very moment is not stopped.
     */
    @Transactional
    public int cancelPending(String keyPrefix) {
        return outbox.cancelPending(checked(keyPrefix));
    }

    private static String checked(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A notification key is 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static Instant notBefore(Instant notBefore) {
        return Objects.requireNonNull(notBefore, "notBefore");
    }
}
