package fr.visioaccueil.booking;

import java.time.Instant;

/** An agent away (leave, training…): none of their slots in that span is offered. */
public record Absence(long id, long organisationId, long agentAccountId, Instant start, Instant end, String reason) {
}
