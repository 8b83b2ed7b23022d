package fr.visioaccueil.visio;

/** What a mediator asks for: at which point, with which organisation, why, and for whom (optional). */
public record InterviewRequest(long pointId, long organisationId, String motif, String citizenName,
                               boolean privacyAcknowledged) {
}
