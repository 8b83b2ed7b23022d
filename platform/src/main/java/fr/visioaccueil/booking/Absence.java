package fr.visioaccueil.booking;

import java.time.Instant;
import java.time.LocalDate;

/** An agent away (leave, training…): none of their slots in that span is offered. */
public record Absence(long id, long organisationId, long agentAccountId, Instant start, Instant end, String reason) {

    public LocalDate firstDay() {
        return start.atZone(SlotCalendar.PARIS).toLocalDate();
    }

    /** Absences are recorded as whole days, ending at midnight after the last one. */
    public LocalDate lastDay() {
        return end.minusSeconds(1).atZone(SlotCalendar.PARIS).toLocalDate();
    }
}
