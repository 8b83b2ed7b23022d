package fr.visioaccueil.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Invitation tokens: 32 random bytes in URL-safe Base64 (43 characters). Only their SHA-256 is stored, so that
 * a copy of the database opens no questionnaire. Anything not shaped like a token is refused before any lookup.
 */
final class InvitationTokens {

    static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored hash of a well-formed token; empty for anything else (a tampered or truncated link). */
    static Optional<String> hashOf(String token) {
        if (token == null || token.length() != LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return Optional.of(sha256(token));
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
