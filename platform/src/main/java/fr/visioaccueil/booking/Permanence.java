package fr.visioaccueil.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** A visio permanence of an organisation: its agents, weekly ranges, slot length, points served and dates. */
public record Permanence(long id, long organisationId, int slotMinutes, LocalDate firstDay, LocalDate lastDay,
                         Set<Long> agentIds, Set<Long> pointIds, List<PermanenceRange> ranges) {

    Duration slotLength() {
        return Duration.ofMinutes(slotMinutes);
    }

    boolean runsOn(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /**
     * Whether the appointment still lies inside the permanence as it stands: its day, agent, point, and one of
     * the weekly ranges. An appointment booked before the permanence was changed may no longer do so.
     */
    boolean holds(Appointment appointment) {
        ZonedDateTime start = appointment.getStart();
        ZonedDateTime end = appointment.getEnd();
        LocalDate day = start.toLocalDate();
        return runsOn(day) && end.toLocalDate().equals(day) && agentIds.contains(appointment.getAgentAccountId())
                && pointIds.contains(appointment.getPointId())
                && ranges.stream().anyMatch(range -> range.day() == day.getDayOfWeek().getValue()
                        && !start.toLocalTime().isBefore(range.opens()) && !end.toLocalTime().isAfter(range.closes()));
    }
}
