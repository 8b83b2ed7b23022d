package fr.visioaccueil.network;

import java.time.LocalDate;
import java.util.List;

/** One convention as the staff pages list it: names instead of ids, and whether it is in force today. */
record ConventionRow(long id, long pointId, String pointName, long organisationId, String organisationName,
                     OrganisationCategory category, String services, String equipment, String correspondentName,
                     String correspondentEmail, LocalDate startsOn, LocalDate endsOn, List<Presence> presences,
                     boolean current, boolean hasDocument) {
}
