package fr.visioaccueil.booking;

import java.time.Duration;
import java.time.LocalDate;
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
}
