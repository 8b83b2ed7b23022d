package fr.visioaccueil.visio;

import java.time.Duration;
import java.time.Instant;

/**
 * An interview is over: one side hung up. Published whether or not the agent later records the outcome, so that
 * evaluation counts every interview held. {@code startedAt} is null and the duration zero when the two sides
 * never met in the room (hung up before the media connected).
 */
public record InterviewEnded(long interviewId, long pointId, long organisationId, long agentAccountId,
                             String motif, Instant requestedAt, Instant admittedAt, Instant startedAt,
                             Instant endedAt, Duration duration) {
}
