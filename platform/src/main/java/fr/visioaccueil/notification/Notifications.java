package fr.visioaccueil.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules e-mails and SMS to be sent by the outbox job, durably: a scheduled notification is sent after a
 * restart, and at most once. Keys name what a notification is about, e.g. {@code rdv-42-rappel}; they are
 * chosen so that a prefix ({@code rdv-42-}) designates every notification of one thing.
 */
@Service
public class Notifications {

    private final Outbox outbox;
    private final Clock clock;

    Notifications(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Schedules once per key, in the caller's transaction: a second call with the same key does nothing. */
    @Transactional
    public void schedule(String key, Message message, Instant notBefore) {
        schedule(List.of(new Scheduled(key, message, notBefore)));
    }

    /**
     * Schedules each message once per key, as {@link #schedule(String, Message, Instant)} does, in one statement:
     * a booking schedules four of them while its citizen waits for the answer.
     */
    @Transactional
    public void schedule(List<Scheduled> messages) {
        if (messages.stream().map(Scheduled::key).distinct().count() != messages.size()) {
            throw new IllegalArgumentException("Each message scheduled together needs a key of its own");
        }
        if (!messages.isEmpty()) {
            outbox.add(messages, clock.instant());
        }
    }

    /**
     * Cancels the pending (not yet sent) notifications whose key starts with the prefix; returns how many.
     * One being sent at this very moment is not stopped.
     */
    @Transactional
    public int cancelPending(String keyPrefix) {
        return outbox.cancelPending(Scheduled.checkedKey(keyPrefix));
    }
}
