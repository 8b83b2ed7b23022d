package fr.visioaccueil.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * An agent's absence as typed, in Paris time: from a day (and an hour, else its morning) to a day (and an hour,
 * else its evening), so that whole days stay one step and an afternoon is two more fields.
 */
record AbsenceForm(
        @NotNull(message = "{validation.required}") Long agentId,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate firstDay,
        @DateTimeFormat(iso = ISO.TIME) LocalTime fromTime,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate lastDay,
        @DateTimeFormat(iso = ISO.TIME) LocalTime untilTime,
        @Size(max = 200, message = "{validation.size}") String reason) {

    static AbsenceForm empty() {
        return new AbsenceForm(null, null, null, null, null, "");
    }

    Instant start() {
        return firstDay.atTime(fromTime == null ? LocalTime.MIDNIGHT : fromTime).atZone(SlotCalendar.PARIS)
                .toInstant();
    }

    Instant end() {
        return untilTime == null ? lastDay.plusDays(1).atStartOfDay(SlotCalendar.PARIS).toInstant()
                : lastDay.atTime(untilTime).atZone(SlotCalendar.PARIS).toInstant();
    }
}
