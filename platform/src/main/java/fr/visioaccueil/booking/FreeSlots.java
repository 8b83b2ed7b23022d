package fr.visioaccueil.booking;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Free slots of an organisation at a point: its permanences serving the point, minus bookings and absences. */
@Service
public class FreeSlots {

    /**
     * Earliest first, then by agent, written out: the generic chain of key extractors (boxing each agent's id)
     * sorting the thousand slots of a four-week search was an eighth of the booking page's CPU.
     */
    private static final Comparator<Slot> EARLIEST = (one, other) -> {
        int byStart = one.start().compareTo(other.start());
        return byStart != 0 ? byStart : Long.compare(one.agentAccountId(), other.agentAccountId());
    };

    private final Permanences permanences;
    private final Points points;
    private final JdbcClient jdbc;
    private final BookingProperties properties;
    private final Clock clock;
    private final DaySearches daySearches = new DaySearches();

    FreeSlots(Permanences permanences, Points points, JdbcClient jdbc,
              BookingProperties properties, Clock clock) {
        this.permanences = permanences;
        this.points = points;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The free slots over the booking horizon, one per start time (the first free agent's), earliest first. */
    public List<Slot> offered(Motif motif, long pointId) {
        return offered(motif, points.shown(pointId));
    }

    /** The same, for a point the caller has already loaded (its hours and closures). */
    List<Slot> offered(Motif motif, Point point) {
        LocalDate today = LocalDate.now(clock.withZone(SlotCalendar.PARIS));
        LocalDate last = today.plusDays(properties.horizon().toDays());
        return oneByStart(free(motif, point, today, last));
    }

    /** One slot per start time, the first free agent's, of slots sorted earliest first. */
    private static List<Slot> oneByStart(List<Slot> sorted) {
        Map<Instant, Slot> byStart = new LinkedHashMap<>();
        sorted.forEach(slot -> byStart.putIfAbsent(slot.start(), slot));
        return List.copyOf(byStart.values());
    }

    /**
     * The free slots of that day, then, if it holds fewer than {@code wanted} after {@code after}, of the days up to
     * the horizon: a slot just taken is answered from its own day in most cases, without a four-week search, and
     * the refusals of one rush share their day's search (see {@link DaySearches}).
     */
    DayAndNext freeAround(Motif motif, long pointId, Instant after, int wanted) {
        Point point = points.shown(pointId);
        LocalDate day = after.atZone(SlotCalendar.PARIS).toLocalDate();
        List<Slot> ofDay = daySearches.free(motif, pointId, day, () -> oneByStart(free(motif, point, day, day)));
        List<Slot> next = ofDay.stream().filter(slot -> slot.start().isAfter(after)).limit(wanted).toList();
        LocalDate last = LocalDate.now(clock.withZone(SlotCalendar.PARIS)).plusDays(properties.horizon().toDays());
        if (next.size() < wanted && day.isBefore(last)) {
            next = oneByStart(free(motif, point, day, last)).stream().filter(slot -> slot.start().isAfter(after))
                    .limit(wanted).toList();
        }
        return new DayAndNext(ofDay, next);
    }

    /** A day's free slots and the first free ones after some time. */
    record DayAndNext(List<Slot> ofDay, List<Slot> next) {
    }

    /** Every free (agent, start) pair of those days, earliest first. */
    List<Slot> free(Motif motif, long pointId, LocalDate from, LocalDate to) {
        return free(motif, points.shown(pointId), from, to);
    }

    /**
     * The slot of that permanence starting then, with its first free agent, if the point may still book it: the
     * check of one booking, which reads the busy spans of that slot's agents only, not the day of every agent.
     */
    Optional<Slot> freeAt(Motif motif, long pointId, Permanence permanence, Instant start) {
        Point point = points.shown(pointId);
        LocalDate day = start.atZone(SlotCalendar.PARIS).toLocalDate();
        List<Slot> candidates = SlotCalendar.slots(List.of(permanence), point.getOpeningHours(), point.getClosures(),
                day, day, motif.duration()).stream().filter(slot -> slot.start().equals(start)).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return unbooked(candidates).stream().min(EARLIEST);
    }

    private List<Slot> free(Motif motif, Point point, LocalDate from, LocalDate to) {
        List<Permanence> serving = permanences.serving(motif.organisationId(), point.getId(), from, to);
        if (serving.isEmpty()) {
            return List.of();
        }
        List<Slot> all = SlotCalendar.slots(serving, point.getOpeningHours(), point.getClosures(), from, to,
                motif.duration());
        return all.isEmpty() ? List.of() : unbooked(all).stream().sorted(EARLIEST).toList();
    }

    /** Those of the slots (some) whose agent is free then, read from their agents' busy spans over their time. */
    private List<Slot> unbooked(List<Slot> slots) {
        Set<Long> agents = slots.stream().map(Slot::agentAccountId).collect(Collectors.toSet());
        Instant start = slots.stream().map(Slot::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = slots.stream().map(Slot::end).max(Comparator.naturalOrder()).orElseThrow();
        return SlotCalendar.free(slots, busy(agents, start, end), clock.instant());
    }

    /**
     * The agents' held appointments and absences in that span, in one round trip. Times come as epoch
     * milliseconds: a four-week search reads hundreds of rows, and the driver's timestamp parsing was most of it.
     */
    private List<SlotCalendar.Busy> busy(Collection<Long> agents, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT agent_account_id, (extract(epoch FROM starts_at) * 1000)::bigint,
                               (extract(epoch FROM ends_at) * 1000)::bigint FROM appointment
                         WHERE agent_account_id = ANY(:agents) AND status <> 'CANCELLED'
                           AND starts_at < :to AND ends_at > :from
                        UNION ALL
                        SELECT agent_account_id, (extract(epoch FROM starts_at) * 1000)::bigint,
                               (extract(epoch FROM ends_at) * 1000)::bigint FROM agent_absence
                         WHERE agent_account_id = ANY(:agents) AND starts_at < :to AND ends_at > :from""")
                .param("agents", agents.toArray(Long[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((row, n) -> new SlotCalendar.Busy(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)),
                        Instant.ofEpochMilli(row.getLong(3)))).list();
    }
}
