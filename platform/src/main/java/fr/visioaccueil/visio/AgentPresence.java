package fr.visioaccueil.visio;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which organisations have an agent online now: an agent counts while their queue page holds a live connection,
 * and for a short grace after it drops (a page reload, a rural link blinking) so the board does not flicker.
 * Kept in memory: it describes this instant, not history.
 */
@Component
public class AgentPresence {

    private record Seen(long organisationId, int connections, Instant lastSeen) {
    }

    private final Map<Long, Seen> agents = new ConcurrentHashMap<>();
    private final VisioProperties properties;
    private final Clock clock;

    AgentPresence(VisioProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void connected(long accountId, long organisationId) {
        agents.merge(accountId, new Seen(organisationId, 1, clock.instant()),
                (old, fresh) -> new Seen(organisationId, old.connections() + 1, fresh.lastSeen()));
    }

    void disconnected(long accountId) {
        agents.computeIfPresent(accountId,
                (id, old) -> new Seen(old.organisationId(), Math.max(0, old.connections() - 1), clock.instant()));
    }

    public Set<Long> organisationsOnline() {
        Instant graceStart = clock.instant().minus(properties.presenceGrace());
        return agents.values().stream()
                .filter(seen -> seen.connections() > 0 || seen.lastSeen().isAfter(graceStart))
                .map(Seen::organisationId).collect(Collectors.toSet());
    }
}
