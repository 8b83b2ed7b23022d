package fr.visioaccueil.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links to choose a password. Only the SHA-256 of a token is stored: someone reading the database
 * (or a backup) cannot use a pending link.
 */
@Repository
class PasswordTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    PasswordTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the account; any link sent before stops working. */
    String issue(long accountId, Instant expiresAt) {
        discardPending(accountId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO password_token (token_hash, account_id, expires_at) VALUES (:hash, :account, :expires)")
                .param("hash", hash(token)).param("account", accountId).param("expires", Timestamp.from(expiresAt))
                .update();
        return token;
    }

    Optional<TokenState> find(String token, Instant now) {
        return jdbc.sql("SELECT account_id, expires_at, used_at FROM password_token WHERE token_hash = :hash")
                .param("hash", hash(token))
                .query((rs, row) -> new TokenState(rs.getLong(1), rs.getTimestamp(3) != null,
                        !rs.getTimestamp(2).toInstant().isAfter(now)))
                .optional();
    }

    /** Marks the token used in one statement, so that two submissions of the same link cannot both pass. */
    Optional<Long> consume(String token, Instant now) {
        return jdbc.sql("""
                UPDATE password_token SET used_at = :now
                 WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now RETURNING account_id""")
                .param("now", Timestamp.from(now)).param("hash", hash(token)).query(Long.class).optional();
    }

    void discardPending(long accountId) {
        jdbc.sql("DELETE FROM password_token WHERE account_id = :account AND used_at IS NULL")
                .param("account", accountId).update();
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JVM", impossible);
        }
    }

    /** What a token is worth now. */
    record TokenState(long accountId, boolean used, boolean expired) {
    }
}
