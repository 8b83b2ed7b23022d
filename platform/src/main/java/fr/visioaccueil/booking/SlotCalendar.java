package fr.visioaccueil.booking;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Slot arithmetic, without a database. Ranges are Paris wall-clock times; slots are stepped in real time from
 * the range's start, so a night with a clock change holds one hour less (March) or more (October).
 */
final class SlotCalendar {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate date = day;
            if (closures.stream().anyMatch(closure -> closure.covers(date))) {
                continue;
            }
            for (Permanence permanence : permanences) {
                if (permanence.runsOn(date)) {
                    slotsOfDay(permanence, openingHours, date, wanted, slots);
                }
            }
        }
        return slots;
    }

    private static void slotsOfDay(Permanence permanence, List<? extends WeeklyRange> openingHours, LocalDate date,
                                   Duration wanted, List<Slot> into) {
        int weekday = date.getDayOfWeek().getValue();
        for (PermanenceRange range : permanence.ranges()) {
            if (range.day() != weekday) {
                continue;
            }
            for (WeeklyRange open : openingHours) {
                LocalTime from = later(range.opens(), open.opens());
                LocalTime to = earlier(range.closes(), open.closes());
                if (open.day() == weekday && from.isBefore(to)) {
                    cut(permanence, date, from, to, wanted, into);
                }
            }
        }
    }

    /** A time missing from the March night resolves to the hour after, as ZonedDateTime.of does. */
    private static void cut(Permanence permanence, LocalDate date, LocalTime from, LocalTime to, Duration wanted,
                            List<Slot> into) {
        Duration step = permanence.slotLength();
        Duration length = wanted.compareTo(step) > 0 ? wanted : step;
        Instant end = ZonedDateTime.of(date, to, PARIS).toInstant();
        for (Instant start = ZonedDateTime.of(date, from, PARIS).toInstant(); !start.plus(length).isAfter(end);
             start = start.plus(step)) {
            for (long agent : permanence.agentIds()) {
                into.add(new Slot(permanence.id(), agent, start, start.plus(length)));
            }
        }
    }

    /** The slots starting after {@code now} whose agent is neither booked nor away at that time. */
    static List<Slot> free(List<Slot> slots, Collection<Busy> busy, Instant now) {
        Map<Long, List<Busy>> byAgent = busy.stream().collect(Collectors.groupingBy(Busy::agentAccountId));
        return slots.stream()
                .filter(slot -> slot.start().isAfter(now))
                .filter(slot -> byAgent.getOrDefault(slot.agentAccountId(), List.of()).stream()
                        .noneMatch(b -> slot.overlaps(b.start(), b.end())))
                .toList();
    }

    private static LocalTime later(LocalTime one, LocalTime other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalTime earlier(LocalTime one, LocalTime other) {
        return one.isBefore(other) ? one : other;
    }
}
