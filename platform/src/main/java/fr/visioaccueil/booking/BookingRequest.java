package fr.visioaccueil.booking;

import java.time.Instant;

/** A slot chosen at a point for a motif, and the citizen it is for. */
public record BookingRequest(long pointId, long motifId, long permanenceId, Instant start, Citizen citizen) {
}
