package fr.visioaccueil.survey;

import java.time.LocalDate;

/** What an invitation knows: where and after what the citizen was asked, on which day; never who or at what time. */
record Invitation(long campaignId, long pointId, VisitKind kind, Long organisationId, LocalDate issuedOn,
                  LocalDate expiresOn, boolean used) {
}
