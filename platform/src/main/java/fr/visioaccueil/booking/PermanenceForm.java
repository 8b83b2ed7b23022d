package fr.visioaccueil.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A permanence as typed: up to three weekly ranges (day, from, to); empty rows are ignored. */
record PermanenceForm(
        @NotNull(message = "{validation.required}") @Min(value = 5, message = "{booking.validation.slotMinutes}")
        @Max(value = 240, message = "{booking.validation.slotMinutes}") Integer slotMinutes,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate firstDay,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate lastDay,
        @NotEmpty(message = "{booking.validation.agents}") List<Long> agentIds,
        @NotEmpty(message = "{booking.validation.points}") List<Long> pointIds,
        Integer day1, @DateTimeFormat(iso = ISO.TIME) LocalTime opens1, @DateTimeFormat(iso = ISO.TIME) LocalTime closes1,
        Integer day2, @DateTimeFormat(iso = ISO.TIME) LocalTime opens2, @DateTimeFormat(iso = ISO.TIME) LocalTime closes2,
        Integer day3, @DateTimeFormat(iso = ISO.TIME) LocalTime opens3, @DateTimeFormat(iso = ISO.TIME) LocalTime closes3) {

    static PermanenceForm empty() {
        return new PermanenceForm(20, null, null, List.of(), List.of(), null, null, null, null, null, null, null,
                null, null);
    }

    /** The filled rows; a row with a day but a wrong or missing time is refused, not silently dropped. */
    List<PermanenceRange> ranges() {
        List<PermanenceRange> ranges = new ArrayList<>();
        add(ranges, day1, opens1, closes1);
        add(ranges, day2, opens2, closes2);
        add(ranges, day3, opens3, closes3);
        if (ranges.isEmpty()) {
            throw new BookingRefused("booking.permanence.noRange");
        }
        return ranges;
    }

    private static void add(List<PermanenceRange> ranges, Integer day, LocalTime opens, LocalTime closes) {
        if (day == null) {
            return;
        }
        if (day < 1 || day > 7 || opens == null || closes == null || !opens.isBefore(closes)) {
            throw new BookingRefused("booking.permanence.range");
        }
        ranges.add(new PermanenceRange(day, opens, closes));
    }

    PermanenceDraft toDraft(long organisationId) {
        if (lastDay.isBefore(firstDay)) {
            throw new BookingRefused("booking.permanence.dates");
        }
        return new PermanenceDraft(organisationId, slotMinutes, firstDay, lastDay, new HashSet<>(agentIds),
                new HashSet<>(pointIds), ranges());
    }
}
