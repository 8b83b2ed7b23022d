package fr.visioaccueil.booking;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Stands in until the durable notification module is merged: notes what would be sent, never who to. */
@Component
class LoggedNotices implements AppointmentNotices {

    private static final Logger log = LoggerFactory.getLogger(LoggedNotices.class);

    @Override
    public void booked(Appointment appointment, Motif motif, String manageToken) {
        log.info("Rendez-vous {} réservé : confirmation à envoyer", appointment.getId());
    }

    @Override
    public void moved(Appointment appointment, Motif motif, Instant oldStart) {
        log.info("Rendez-vous {} déplacé : avis à envoyer", appointment.getId());
    }

    @Override
    public void cancelled(Appointment appointment, Motif motif, Party by) {
        log.info("Rendez-vous {} annulé par {} : avis à envoyer", appointment.getId(), by);
    }
}
