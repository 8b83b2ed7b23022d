package fr.visioaccueil.booking;

import java.time.Instant;

/** An appointment was booked; {@code bookedBy} is POINT or CITIZEN. Never carries the citizen's identity. */
public record AppointmentBooked(long appointmentId, long pointId, long organisationId, long agentAccountId,
                                String motif, Instant start, Instant end, Instant bookedAt, String bookedBy) {
}
