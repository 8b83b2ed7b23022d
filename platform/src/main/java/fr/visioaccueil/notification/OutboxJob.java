package fr.visioaccueil.notification;

import fr.visioaccueil.notification.Outbox.Claimed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the due notifications. Each is first claimed (status {@code sending}, attempt counted) in its own short
 * statement, then sent, then marked sent: a message goes out twice only if the node stops between the send
 * and the mark — the row then stays {@code sending} and is taken again once {@code claim-timeout} has passed.
 * Any other failure (SMTP refused, gateway error) puts it back to pending with a growing delay, up to
 * {@code max-attempts}; then it is marked failed and logged.
 */
@Component
class OutboxJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);
    private static final int ERROR_LENGTH = 500;

    private final Outbox outbox;
    private final MailDelivery mail;
    private final SmsGateway smsGateway;
    private final NotificationProperties properties;
    private final Clock clock;
    private final AtomicBoolean toldNoSmtp = new AtomicBoolean();

    OutboxJob(Outbox outbox, MailDelivery mail, SmsGateway smsGateway, NotificationProperties properties,
              Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.smsGateway = smsGateway;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is due, batch after batch, until nothing due is left; returns how many were sent. */
    int runOnce() {
        boolean withEmails = mail.available();
        if (!withEmails && !toldNoSmtp.getAndSet(true)) {
            log.warn("Pas de serveur SMTP (spring.mail.host) : les courriels à envoyer restent en attente");
        }
        int sent = 0;
        List<Claimed> batch;
        do {
            Instant now = clock.instant();
            batch = outbox.claim(now, now.minus(properties.claimTimeout()), withEmails, properties.batchSize());
            sent += (int) batch.stream().filter(this::deliver).count();
        } while (!batch.isEmpty());
        return sent;
    }

    private boolean deliver(Claimed claimed) {
        try {
            Message message = outbox.message(claimed);
            if (message instanceof Email email) {
                mail.send(email);
            } else {
                smsGateway.send((Sms) message);
            }
        } catch (Exception failure) {
            notSent(claimed, failure);
            return false;
        }
        // a failure to record it must not count as a failure to send it: the row stays claimed instead
        outbox.sent(claimed, clock.instant());
        return true;
    }

    private void notSent(Claimed claimed, Exception failure) {
        String error = String.valueOf(failure.getMessage());
        error = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (claimed.attempts() >= properties.maxAttempts()) {
            log.error("Notification {} abandonnée après {} tentatives : {}", claimed.id(), claimed.attempts(), error);
            outbox.notSent(claimed, error, null);
        } else {
            Instant retryAt = clock.instant().plus(properties.backoff(claimed.attempts()));
            log.warn("Notification {} non envoyée (tentative {}), nouvel essai à {} : {}", claimed.id(),
                    claimed.attempts(), retryAt, error);
            outbox.notSent(claimed, error, retryAt);
        }
    }
}
