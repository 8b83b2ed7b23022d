package fr.visioaccueil.booking;

import java.time.Instant;

/** An appointment moved to another slot in one step: it never held both slots, nor none. */
public record AppointmentMoved(long appointmentId, long pointId, long organisationId, Instant oldStart,
                               Instant newStart, Instant at) {
}
