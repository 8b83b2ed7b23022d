package fr.visioaccueil.booking;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** An agent away (leave, training, an afternoon…): none of their slots in that span is offered. */
public record Absence(long id, long organisationId, long agentAccountId, Instant start, Instant end, String reason) {

    public ZonedDateTime getStart() {
        return start.atZone(SlotCalendar.PARIS);
    }

    public ZonedDateTime getEnd() {
        return end.atZone(SlotCalendar.PARIS);
    }

    /** From midnight to midnight, Paris time: shown as days, the last one being the day before the end. */
    public boolean isWholeDays() {
        return getStart().toLocalTime().equals(LocalTime.MIDNIGHT) && getEnd().toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    public ZonedDateTime getLastDay() {
        return getEnd().minusDays(1);
    }
}
