package fr.visioaccueil.visio;

import java.time.Instant;

/** A point asked for a visio interview with an organisation: the request joined its waiting queue. */
public record InterviewRequested(long interviewId, long pointId, long organisationId, Instant requestedAt) {
}
