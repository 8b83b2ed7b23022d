package fr.visioaccueil.evaluation;

import fr.visioaccueil.shared.NetworkTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** An ISO week (Monday to Sunday) of the network's calendar, written {@code 2026-W48} in addresses. */
record Week(LocalDate monday) {

    /** The network's day boundaries: an event at 23:30 UTC on a Sunday of summer is Monday in Paris. */
    static final ZoneId ZONE = NetworkTime.ZONE;
    private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{2})");

    Week {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
    }

    static Week of(LocalDate day) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    static Week of(Instant instant) {
        return of(dayOf(instant));
    }

    /** Empty for anything that is not a real ISO week (week 53 exists only in long years). */
    static Optional<Week> parse(String text) {
        Matcher iso = text == null ? null : ISO.matcher(text);
        if (iso == null || !iso.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(LocalDate.parse(text + "-1", DateTimeFormatter.ISO_WEEK_DATE)))
                    .filter(week -> week.toString().equals(text));
        } catch (DateTimeParseException notAWeek) {
            return Optional.empty();
        }
    }

    public List<LocalDate> days() {
        return IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public Week previous() {
        return new Week(monday.minusWeeks(1));
    }

    public Week next() {
        return new Week(monday.plusWeeks(1));
    }

    @Override
    public String toString() {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
