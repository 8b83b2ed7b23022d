package fr.visioaccueil.visio;

import java.time.Instant;

/** An agent took the request out of the queue. */
public record InterviewAdmitted(long interviewId, long pointId, long organisationId, long agentAccountId,
                                Instant requestedAt, Instant admittedAt) {
}
