package fr.visioaccueil.booking;

/** An appointment with the names a page shows beside it. */
record AppointmentRow(Appointment appointment, String point, String organisation, Motif motif, String agent) {
}
