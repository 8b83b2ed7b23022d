package fr.visioaccueil.booking;

/**
 * What every message of one change says of the appointment, composed once for all of them: a booking's
 * confirmation, invitation and reminder each told the date and the place again, loading the point each time.
 */
record AppointmentWords(AppointmentRow row, String when, String place, String description) {

    Appointment appointment() {
        return row.appointment();
    }
}
