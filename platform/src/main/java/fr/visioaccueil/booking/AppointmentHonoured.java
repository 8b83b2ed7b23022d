package fr.visioaccueil.booking;

import java.time.Instant;

/** The agent opened the visio interview of the appointment; {@code interviewId} is the visio interview. */
public record AppointmentHonoured(long appointmentId, long pointId, long organisationId, long interviewId,
                                  Instant start) {
}
