package fr.visioaccueil.booking;

/** BOOKED until the interview is opened (HONOURED), the citizen does not come (NO_SHOW) or it is CANCELLED. */
public enum AppointmentStatus {
    BOOKED, HONOURED, NO_SHOW, CANCELLED
}
