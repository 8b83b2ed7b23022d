package fr.visioaccueil.booking;

import fr.visioaccueil.shared.NetworkTime;
import fr.visioaccueil.network.Closure;
import fr.visioaccueil.network.WeeklyRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Slot arithmetic, without a database. Ranges are Paris wall-clock times; slots are stepped in real time from
 * the range's start, so a night with a clock change holds one hour less (March) or more (October).
 */
final class SlotCalendar {

    static final ZoneId PARIS = NetworkTime.ZONE;

    /** A span when an agent cannot take a slot: an appointment already held, or an absence. */
    record Busy(long agentAccountId, Instant start, Instant end) {
    }

    private SlotCalendar() {
    }

    /**
     * Every slot of the permanences, day by day from {@code from} to {@code to}, inside the point's hours. Slots
     * start on the permanence's grid and last {@code wanted} (a motif's length), at least one step of the grid.
     */
    static List<Slot> slots(Collection<Permanence> permanences, List<? extends WeeklyRange> openingHours,
                            List<Closure> closures, LocalDate from, LocalDate to, Duration wanted) {
        return slots(permanences, openingHours, closures, from, to, wanted, null);
    }

    /**
     * Those of {@link #slots} for the permanence that start at {@code start}, one per agent: a booking's check,
     * without cutting the whole day (9:00 to 17:00 in 5-minute slots with ten agents is 960 slots).
     */
    static List<Slot> startingAt(Permanence permanence, List<? extends WeeklyRange> openingHours,
                                 List<Closure> closures, Instant start, Duration wanted) {
        LocalDate day = start.atZone(PARIS).toLocalDate();
        return slots(List.of(permanence), openingHours, closures, day, day, wanted, start);
    }

    /** {@code only}: the one start wanted, or null for every start. */
    private static List<Slot> slots(Collection<Permanence> permanences, List<? extends WeeklyRange> openingHours,
                                    List<Closure> closures, LocalDate from, LocalDate to, Duration wanted,
                                    Instant only) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate date = day;
            if (closures.stream().anyMatch(closure -> closure.covers(date))) {
                continue;
            }
            for (Permanence permanence : permanences) {
                if (permanence.runsOn(date)) {
                    slotsOfDay(permanence, openingHours, new Cut(date, wanted, only), slots);
                }
            }
        }
        return slots;
    }

    /** What to cut on one day: slots of that length, at every start of the grid or at the one start given. */
    private record Cut(LocalDate date, Duration wanted, Instant only) {
    }

    private static void slotsOfDay(Permanence permanence, List<? extends WeeklyRange> openingHours, Cut cut,
                                   List<Slot> into) {
        int weekday = cut.date().getDayOfWeek().getValue();
        for (PermanenceRange range : permanence.ranges()) {
            if (range.day() != weekday) {
                continue;
            }
            for (WeeklyRange open : openingHours) {
                LocalTime from = later(range.opens(), open.opens());
                LocalTime to = earlier(range.closes(), open.closes());
                if (open.day() == weekday && from.isBefore(to)) {
                    cut(permanence, cut, from, to, into);
                }
            }
        }
    }

    /** A time missing from the March night resolves to the hour after, as ZonedDateTime.of does. */
    private static void cut(Permanence permanence, Cut cut, LocalTime from, LocalTime to, List<Slot> into) {
        Duration step = permanence.slotLength();
        Duration length = cut.wanted().compareTo(step) > 0 ? cut.wanted() : step;
        Instant first = ZonedDateTime.of(cut.date(), from, PARIS).toInstant();
        Instant end = ZonedDateTime.of(cut.date(), to, PARIS).toInstant();
        if (cut.only() != null) {
            if (cut.only().isBefore(first) || Duration.between(first, cut.only()).toNanos() % step.toNanos() != 0) {
                return;
            }
            first = cut.only();
            end = earlier(end, cut.only().plus(length));
        }
        for (Instant start = first; !start.plus(length).isAfter(end); start = start.plus(step)) {
            for (long agent : permanence.agentIds()) {
                into.add(new Slot(permanence.id(), agent, start, start.plus(length)));
            }
        }
    }

    /**
     * The slots starting after {@code now} whose agent is neither booked nor away at that time. Each agent's busy
     * spans are merged into disjoint ones first, so that a slot is checked against one span, not all of them (a
     * four-week search holds about a thousand slots and as many spans).
     */
    static List<Slot> free(List<Slot> slots, Collection<Busy> busy, Instant now) {
        Map<Long, NavigableMap<Instant, Instant>> byAgent = busy.stream().collect(Collectors.groupingBy(
                Busy::agentAccountId, Collectors.collectingAndThen(Collectors.toList(), SlotCalendar::merged)));
        return slots.stream()
                .filter(slot -> slot.start().isAfter(now))
                .filter(slot -> !taken(slot, byAgent.get(slot.agentAccountId())))
                .toList();
    }

    private static NavigableMap<Instant, Instant> merged(List<Busy> spans) {
        NavigableMap<Instant, Instant> merged = new TreeMap<>();
        spans.stream().sorted(Comparator.comparing(Busy::start)).forEach(span -> {
            Map.Entry<Instant, Instant> last = merged.lastEntry();
            if (last != null && !span.start().isAfter(last.getValue())) {
                merged.put(last.getKey(), later(last.getValue(), span.end()));
            } else {
                merged.put(span.start(), span.end());
            }
        });
        return merged;
    }

    /** Of disjoint spans, only the last one starting before the slot ends can overlap it. */
    private static boolean taken(Slot slot, NavigableMap<Instant, Instant> spans) {
        Map.Entry<Instant, Instant> candidate = spans == null ? null : spans.lowerEntry(slot.end());
        return candidate != null && slot.overlaps(candidate.getKey(), candidate.getValue());
    }

    private static <T extends Comparable<? super T>> T later(T one, T other) {
        return one.compareTo(other) > 0 ? one : other;
    }

    private static <T extends Comparable<? super T>> T earlier(T one, T other) {
        return one.compareTo(other) < 0 ? one : other;
    }
}
