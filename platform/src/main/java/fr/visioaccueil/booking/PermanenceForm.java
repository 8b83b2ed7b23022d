package fr.visioaccueil.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A permanence as typed: weekly ranges as rows of (day, from, to), sent as three parallel lists in page order;
 * empty rows are ignored. {@code version} is null for a new permanence, else the version the form was opened at.
 */
record PermanenceForm(
        @NotNull(message = "{validation.required}") @Min(value = 5, message = "{booking.validation.slotMinutes}")
        @Max(value = 240, message = "{booking.validation.slotMinutes}") Integer slotMinutes,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate firstDay,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate lastDay,
        @NotEmpty(message = "{booking.validation.agents}") List<Long> agentIds,
        @NotEmpty(message = "{booking.validation.points}") List<Long> pointIds,
        List<String> day, List<String> opens, List<String> closes, Integer version) {

    /** Rows shown beyond the filled ones, so that a range can be added. */
    private static final int SPARE_ROWS = 2;
    private static final int MIN_ROWS = 3;

    static PermanenceForm empty() {
        return new PermanenceForm(20, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    static PermanenceForm of(Permanence permanence, int version) {
        List<PermanenceRange> ranges = permanence.ranges();
        return new PermanenceForm(permanence.slotMinutes(), permanence.firstDay(), permanence.lastDay(),
                List.copyOf(permanence.agentIds()), List.copyOf(permanence.pointIds()),
                ranges.stream().map(r -> String.valueOf(r.day())).toList(),
                ranges.stream().map(r -> r.opens().toString()).toList(),
                ranges.stream().map(r -> r.closes().toString()).toList(), version);
    }

    /** Indexes of the rows the page shows: the typed ones and a few empty ones. */
    public List<Integer> rows() {
        int count = Math.max(MIN_ROWS, size(day) + SPARE_ROWS);
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    public String dayAt(int row) {
        return at(day, row);
    }

    public String opensAt(int row) {
        return at(opens, row);
    }

    public String closesAt(int row) {
        return at(closes, row);
    }

    /** The filled rows; a row with a day but a wrong or missing time is refused, not silently dropped. */
    List<PermanenceRange> ranges() {
        List<PermanenceRange> ranges = new ArrayList<>();
        for (int row = 0; row < size(day); row++) {
            if (!dayAt(row).isBlank()) {
                ranges.add(range(dayAt(row), opensAt(row), closesAt(row)));
            }
        }
        if (ranges.isEmpty()) {
            throw new BookingRefused("booking.permanence.noRange");
        }
        return ranges;
    }

    private static PermanenceRange range(String day, String opens, String closes) {
        try {
            int weekday = Integer.parseInt(day.strip());
            LocalTime from = LocalTime.parse(opens.strip());
            LocalTime to = LocalTime.parse(closes.strip());
            if (weekday < 1 || weekday > 7 || !from.isBefore(to)) {
                throw new BookingRefused("booking.permanence.range");
            }
            return new PermanenceRange(weekday, from, to);
        } catch (NumberFormatException | DateTimeParseException malformed) {
            throw new BookingRefused("booking.permanence.range");
        }
    }

    PermanenceDraft toDraft(long organisationId) {
        if (lastDay.isBefore(firstDay)) {
            throw new BookingRefused("booking.permanence.dates");
        }
        return new PermanenceDraft(organisationId, slotMinutes, firstDay, lastDay, new HashSet<>(agentIds),
                new HashSet<>(pointIds), ranges());
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int row) {
        return row < size(values) && values.get(row) != null ? values.get(row) : "";
    }
}
