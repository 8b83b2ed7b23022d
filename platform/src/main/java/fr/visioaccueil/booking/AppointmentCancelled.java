package fr.visioaccueil.booking;

import java.time.Instant;

/** An appointment was cancelled and its slot freed; {@code cancelledBy} is CITIZEN, POINT or AGENT. */
public record AppointmentCancelled(long appointmentId, long pointId, long organisationId, Instant start,
                                   String cancelledBy, Instant at) {
}
