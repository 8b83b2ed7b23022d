package fr.visioaccueil.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A slot as a form carries it: "permanence_epochSecond". The agent is chosen again at booking time, so a tampered
 * value can at most name another slot, which is then checked like any other.
 */
record SlotChoice(long permanenceId, Instant start) {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm");

    static SlotChoice of(Slot slot) {
        return new SlotChoice(slot.permanenceId(), slot.start());
    }

    static Optional<SlotChoice> parse(String value) {
        try {
            String[] parts = value.split("_");
            return parts.length != 2 ? Optional.empty()
                    : Optional.of(new SlotChoice(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    public String getValue() {
        return permanenceId + "_" + start.getEpochSecond();
    }

    public ZonedDateTime getTime() {
        return start.atZone(SlotCalendar.PARIS);
    }

    /** "09h00" in every language; formatted here once rather than by a pattern the page would parse per slot. */
    public String getHour() {
        return HOUR.format(getTime());
    }

    /** The day of the slot a form names, or null: the page then shows that day's slots again. */
    static LocalDate dayOf(String value) {
        return parse(value == null ? "" : value).map(choice -> choice.getTime().toLocalDate()).orElse(null);
    }

    /** Offered slots grouped by day, earliest first. */
    static NavigableMap<LocalDate, List<SlotChoice>> byDay(List<Slot> slots) {
        NavigableMap<LocalDate, List<SlotChoice>> days = new TreeMap<>();
        slots.forEach(slot -> days.computeIfAbsent(slot.start().atZone(SlotCalendar.PARIS).toLocalDate(),
                day -> new ArrayList<>()).add(of(slot)));
        return days;
    }
}
