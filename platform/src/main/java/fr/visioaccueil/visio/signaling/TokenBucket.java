package fr.visioaccueil.visio.signaling;

import java.util.function.LongSupplier;

/**
 * Per-connection rate limit: a burst of {@code capacity} messages (the ICE candidates at the start of a call),
 * then {@code perSecond} on average. Refills lazily from the time source; one connection, one thread at a time.
 */
final class TokenBucket {

    private static final double NANOS = 1_000_000_000d;

    private final double capacity;
    private final double perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    TokenBucket(int capacity, int perSecond, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) / NANOS * perSecond);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
