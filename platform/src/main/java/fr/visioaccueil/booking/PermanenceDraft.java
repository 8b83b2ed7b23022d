package fr.visioaccueil.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A permanence as the correspondent defines it, before it has an id. */
public record PermanenceDraft(long organisationId, int slotMinutes, LocalDate firstDay, LocalDate lastDay,
                              Set<Long> agentIds, Set<Long> pointIds, List<PermanenceRange> ranges) {
}
