package fr.visioaccueil.notification;

import java.time.Instant;
import java.util.Objects;

/** A message to send once under its key, not before the instant given. */
public record Scheduled(String key, Message message, Instant notBefore) {

    private static final int MAX_KEY_LENGTH = 200;

    public Scheduled {
        checkedKey(key);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(notBefore, "notBefore");
    }

    /** A key, or a prefix of keys, as the outbox holds them: 1 to 200 characters. */
    static String checkedKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A notification key is 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }
}
