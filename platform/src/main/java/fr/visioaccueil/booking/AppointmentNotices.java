package fr.visioaccueil.booking;

import java.time.Instant;

/** What the people around an appointment are told, and when: confirmation, reminder, changes. */
interface AppointmentNotices {

    /** The personal link's token is only known here, at booking time: it is not kept. */
    void booked(Appointment appointment, Motif motif, String manageToken);

    void moved(Appointment appointment, Motif motif, Instant oldStart, Party by);

    void cancelled(Appointment appointment, Motif motif, Party by);
}
