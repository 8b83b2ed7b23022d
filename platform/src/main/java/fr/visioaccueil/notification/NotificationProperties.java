package fr.visioaccueil.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is worked through.
 *
 * @param pollInterval pause between two runs of the job
 * @param maxAttempts tries before a notification is marked failed
 * @param retryDelay wait after the first failure; doubled after each further one
 * @param claimTimeout a notification claimed this long ago and neither sent nor failed was abandoned by a
 *                     stopped node and is taken again; it must outlast the slowest send (SMTP timeouts)
 * @param batchSize notifications claimed in one transaction
 */
@ConfigurationProperties("visio.notifications")
record NotificationProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("10m") Duration claimTimeout,
        @DefaultValue("20") int batchSize) {

    NotificationProperties {
        if (maxAttempts < 1 || batchSize < 1 || notPositive(pollInterval) || notPositive(retryDelay)) {
            throw new IllegalArgumentException("visio.notifications: max-attempts, batch-size, poll-interval and retry-delay "
                    + "must be positive");
        }
    }

    /** The wait before the next try after that many failed attempts: 1, 2, 4, 8… times the retry delay. */
    Duration backoff(int attempts) {
        return retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
    }

    private static boolean notPositive(Duration duration) {
        return duration.isNegative() || duration.isZero();
    }
}
