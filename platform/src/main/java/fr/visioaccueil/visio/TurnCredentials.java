package fr.visioaccueil.visio;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Short-lived credentials for the TURN relay, following coturn's TURN REST API: the username is
 * {@code <expiry as Unix time>:<account id>} and the credential {@code base64(HMAC-SHA1(secret, username))}, so
 * coturn checks them with the shared secret alone, and a leaked credential dies on its own.
 */
@Service
public class TurnCredentials {

    private static final Logger log = LoggerFactory.getLogger(TurnCredentials.class);
    private static final String HMAC_SHA1 = "HmacSHA1";

    private final TurnProperties turn;
    private final Clock clock;

    TurnCredentials(TurnProperties turn, RoomProperties room, Clock clock) {
        this.turn = turn;
        this.clock = clock;
        // a relay-only room without a relay would never connect: better to refuse to start than fail every call
        if ("relay".equals(room.iceTransportPolicy()) && !turn.relayConfigured()) {
            throw new IllegalStateException("visio.room.ice-transport-policy=relay needs a TURN relay (visio.turn.secret)");
        }
        if (turn.relayConfigured()) {
            log.info("Relais TURN (realm {}) : {}", turn.realm(), turn.urls());
        } else {
            log.info("Pas de relais TURN configuré (visio.turn.secret) : les appels passent en pair à pair");
        }
    }

    /**
     * What a staff member's browser puts in {@code RTCConfiguration}: the relay with fresh credentials valid for
     * {@code visio.turn.validity}, plus any STUN server; no relay at all when none is configured.
     */
    public IceConfiguration issueFor(long accountId) {
        if (!turn.relayConfigured()) {
            return new IceConfiguration(stunServers(), 0);
        }
        String username = clock.instant().plus(turn.validity()).getEpochSecond() + ":" + accountId;
        List<IceServer> servers = new ArrayList<>(List.of(new IceServer(turn.urls(), username, sign(username))));
        servers.addAll(stunServers());
        return new IceConfiguration(servers, turn.validity().toSeconds());
    }

    private List<IceServer> stunServers() {
        return turn.stunUrls().isEmpty() ? List.of() : List.of(new IceServer(turn.stunUrls(), null, null));
    }

    private String sign(String username) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(turn.secret().getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            // every Java runtime must provide HmacSHA1
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The browser's {@code RTCConfiguration} subset the platform hands out.
     *
     * @param ttl seconds the credentials stay valid; 0 when there are none
     */
    public record IceConfiguration(List<IceServer> iceServers, long ttl) {

        public IceConfiguration {
            iceServers = List.copyOf(iceServers);
        }
    }

    /** One entry of {@code RTCConfiguration.iceServers}; STUN entries carry no username nor credential. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IceServer(List<String> urls, String username, String credential) {
    }
}
