package fr.visioaccueil.booking;

import java.time.Instant;

/** The citizen did not come to the appointment. */
public record AppointmentNoShow(long appointmentId, long pointId, long organisationId, Instant start) {
}
