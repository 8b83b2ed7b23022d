package fr.visioaccueil.booking;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** The held appointments and absences between {@code :from} and {@code :to} of the agents the condition names. */
    private static final String BUSY_SPANS = """
            SELECT agent_account_id, (extract(epoch FROM starts_at) * 1000)::bigint AS starts_ms,
                   (extract(epoch FROM ends_at) * 1000)::bigint AS ends_ms FROM appointment
             WHERE agent_account_id %1$s AND status <> 'CANCELLED' AND starts_at < %2$s AND ends_at > :from
            UNION ALL
            SELECT agent_account_id, (extract(epoch FROM starts_at) * 1000)::bigint,
                   (extract(epoch FROM ends_at) * 1000)::bigint FROM agent_absence
             WHERE agent_account_id %1$s AND starts_at < %2$s AND ends_at > :from""";
    static final String BUSY_OF_AGENTS = BUSY_SPANS.formatted("= ANY(:agents)", ":to");
    /**
     * The permanence's version and the busy spans of its agents over the slot starting at {@code :from}, which lasts
     * the motif's length or the permanence's step, whichever is longer: the spans of that slot only, not of the
     * hours after it that a booked day fills.
     */
    static final String VERSION_AND_BUSY = "SELECT p.version, b.* FROM permanence p LEFT JOIN LATERAL ("
            + BUSY_SPANS.formatted("IN (SELECT agent_account_id FROM permanence_agent WHERE permanence_id = p.id)",
                    "CAST(:from AS timestamptz) + make_interval(mins => greatest(:minutes, p.slot_minutes))")
            + ") b ON true WHERE p.id = :permanence";

    private final Permanences permanences;
    private final Points points;
    private final JdbcClient jdbc;
    private final BookingProperties properties;
    private final Clock clock;
    private final SharedSearches searches = new SharedSearches();

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
     * The free slots of that day, and the first {@code wanted} free ones after {@code after}: searched over the day
     * and the week after it, then, if that holds too few, a week at a time up to the horizon. A slot just taken is
     * answered from that first search in most cases, which the refusals of one rush share (see
     * {@link SharedSearches}). Searching the four weeks at once for each refusal of a day already full was most of
     * the cost of a refusal, and searching the day, then the week, made those waiting for the shared searches wait
     * twice.
     */
    DayAndNext freeAround(Motif motif, long pointId, Instant after, int wanted) {
        Point point = points.shown(pointId);
        LocalDate day = after.atZone(SlotCalendar.PARIS).toLocalDate();
        LocalDate last = LocalDate.now(clock.withZone(SlotCalendar.PARIS)).plusDays(properties.horizon().toDays());
        LocalDate weekAfter = day.plusDays(7).isAfter(last) ? last : day.plusDays(7);
        List<Slot> near = shared(motif, point, day, weekAfter);
        List<Slot> ofDay = near.stream().filter(slot -> slot.start().atZone(SlotCalendar.PARIS).toLocalDate()
                .equals(day)).toList();
        List<Slot> next = new ArrayList<>(firstAfter(near, after, wanted));
        for (LocalDate from = weekAfter.plusDays(1); next.size() < wanted && !from.isAfter(last);
             from = from.plusWeeks(1)) {
            LocalDate to = from.plusDays(6).isAfter(last) ? last : from.plusDays(6);
            next.addAll(firstAfter(shared(motif, point, from, to), after, wanted - next.size()));
        }
        return new DayAndNext(ofDay, List.copyOf(next));
    }

    private List<Slot> shared(Motif motif, Point point, LocalDate from, LocalDate to) {
        return searches.free(motif, point.getId(), from, to, () -> oneByStart(free(motif, point, from, to)));
    }

    private static List<Slot> firstAfter(List<Slot> slots, Instant after, int wanted) {
        return slots.stream().filter(slot -> slot.start().isAfter(after)).limit(wanted).toList();
    }

    /** A day's free slots and the first free ones after some time. */
    record DayAndNext(List<Slot> ofDay, List<Slot> next) {
    }

    /** Every free (agent, start) pair of those days, earliest first. */
    List<Slot> free(Motif motif, long pointId, LocalDate from, LocalDate to) {
        return free(motif, points.shown(pointId), from, to);
    }

    /**
     * The check of one booking, in one round trip: the permanence as it stands and, if the point may still book
     * it, the slot of that permanence starting then with its first free agent. It reads the busy spans of that
     * permanence's agents at that time only, not the day of every agent, with the permanence's version, so that a
     * copy read earlier serves as long as the permanence is not changed (see {@link Permanences#atVersion}).
     */
    SlotCheck check(Motif motif, long pointId, long permanenceId, Instant start) {
        List<VersionAndBusy> rows = versionAndBusy(permanenceId, start, motif.duration());
        if (rows.isEmpty()) {
            throw new NotFound("Permanence", permanenceId);
        }
        Permanence permanence = permanences.atVersion(permanenceId, rows.get(0).version());
        List<SlotCalendar.Busy> busy = rows.stream().map(VersionAndBusy::busy).filter(Objects::nonNull).toList();
        Point point = points.shown(pointId);
        List<Slot> candidates = SlotCalendar.startingAt(permanence, point.getOpeningHours(), point.getClosures(),
                start, motif.duration());
        return new SlotCheck(permanence,
                SlotCalendar.free(candidates, busy, clock.instant()).stream().min(EARLIEST));
    }

    /** One row per busy span of the permanence's agents in that time (none: busy is null); no row, no permanence. */
    private record VersionAndBusy(int version, SlotCalendar.Busy busy) {
    }

    private List<VersionAndBusy> versionAndBusy(long permanenceId, Instant start, Duration wanted) {
        return jdbc.sql(VERSION_AND_BUSY).param("permanence", permanenceId).param("from", Timestamp.from(start))
                .param("minutes", (int) wanted.toMinutes())
                .query((row, n) -> new VersionAndBusy(row.getInt(1),
                        row.getObject(2) == null ? null : busyFrom(row, 2))).list();
    }

    /** The permanence a booking names, and its slot at the time asked when one of its agents is free then. */
    record SlotCheck(Permanence permanence, Optional<Slot> free) {
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
        return jdbc.sql(BUSY_OF_AGENTS)
                .param("agents", agents.toArray(Long[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((row, n) -> busyFrom(row, 1)).list();
    }

    /** The agent, start and end read from three columns, the first at {@code column}. */
    private static SlotCalendar.Busy busyFrom(ResultSet row, int column) throws SQLException {
        return new SlotCalendar.Busy(row.getLong(column), Instant.ofEpochMilli(row.getLong(column + 1)),
                Instant.ofEpochMilli(row.getLong(column + 2)));
    }
}
