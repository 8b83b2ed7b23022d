package fr.visioaccueil.visio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks room passes: {@code base64url(interview:side:account:expiry).base64url(HMAC-SHA256)}. The
 * signaling connection trusts a pass alone (no session), so that pages reattach after a platform restart, which
 * forgets sessions but not the secret kept in the database.
 */
public class RoomPasses {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Clock clock;
    private final Duration validity;

    RoomPasses(byte[] secret, Clock clock, Duration validity) {
        this.secret = secret.clone();
        this.clock = clock;
        this.validity = validity;
    }

    public String issue(long interviewId, Side side, long accountId) {
        long expiry = clock.instant().plus(validity).getEpochSecond();
        String payload = interviewId + ":" + side + ":" + accountId + ":" + expiry;
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The pass's content when its signature holds and it has not expired; empty for anything else. */
    public Optional<RoomPass> verify(String token) {
        try {
            String[] parts = token == null ? new String[0] : token.split("\\.");
            if (parts.length != 2) {
                return Optional.empty();
            }
            String payload = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sign(payload), DECODER.decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = payload.split(":");
            RoomPass pass = new RoomPass(Long.parseLong(fields[0]), Side.valueOf(fields[1]), Long.parseLong(fields[2]),
                    Instant.ofEpochSecond(Long.parseLong(fields[3])));
            return pass.expiresAt().isAfter(clock.instant()) ? Optional.of(pass) : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 unavailable", impossible);
        }
    }
}
