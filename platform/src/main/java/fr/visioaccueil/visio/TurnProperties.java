package fr.visioaccueil.visio;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The relay (coturn, with {@code use-auth-secret}) that browsers use when no direct path exists between a point
 * and an agent.
 *
 * @param secret coturn's {@code static-auth-secret}; empty: no relay, calls go peer to peer only
 * @param realm coturn's {@code realm}, written in the start-up log so that a mismatch is easy to spot
 * @param validity how long handed-out credentials stay valid
 * @param urls the relay's addresses, e.g. {@code turn:turn.example.fr:3478?transport=udp},
 *             {@code turn:…:3478?transport=tcp}, {@code turns:…:5349?transport=tcp}
 * @param stunUrls STUN addresses, e.g. {@code stun:turn.example.fr:3478}, handed out with no credentials
 */
@ConfigurationProperties("visio.turn")
record TurnProperties(
        @DefaultValue("") String secret,
        @DefaultValue("visio-accueil") String realm,
        @DefaultValue("1h") Duration validity,
        @DefaultValue List<String> urls,
        @DefaultValue List<String> stunUrls) {

    TurnProperties {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("visio.turn.validity must be positive, not " + validity);
        }
        if (!secret.isEmpty() && urls.isEmpty()) {
            throw new IllegalArgumentException("visio.turn.secret is set but visio.turn.urls is empty");
        }
        urls = List.copyOf(urls);
        stunUrls = List.copyOf(stunUrls);
    }

    boolean relayConfigured() {
        return !secret.isEmpty();
    }
}
