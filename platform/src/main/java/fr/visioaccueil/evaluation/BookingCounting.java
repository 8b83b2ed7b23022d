package fr.visioaccueil.evaluation;

import fr.visioaccueil.booking.AppointmentBooked;
import fr.visioaccueil.booking.AppointmentCancelled;
import fr.visioaccueil.booking.AppointmentMoved;
import fr.visioaccueil.booking.AppointmentNoShow;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Counts the appointments of the booking module on the Paris day they are for: booked adds one, cancelled takes it
 * back from the day it held, moved takes it from the old day and adds it to the new one, a no-show also counts in
 * {@link ServiceKind#NO_SHOW}. Each change is its own {@link Tally#pend} source, so an event told twice counts
 * once, and since every change is a sum, changes counted out of order still add up to the same day figures. An
 * honoured appointment needs nothing here: its visio interview counts itself when it ends.
 */
@Component
class BookingCounting {

    private final Tally tally;

    BookingCounting(Tally tally) {
        this.tally = tally;
    }

    @CountingListener
    void on(AppointmentBooked booked) {
        tally.pend(source(booked.appointmentId(), "booked"),
                count(booked.pointId(), booked.organisationId(), ServiceKind.APPOINTMENT, booked.start(), 1));
    }

    @CountingListener
    void on(AppointmentCancelled cancelled) {
        tally.pend(source(cancelled.appointmentId(), "cancelled"),
                count(cancelled.pointId(), cancelled.organisationId(), ServiceKind.APPOINTMENT, cancelled.start(), -1));
    }

    /** Keyed by the instant of the move: an appointment may move several times, each move counts once. */
    @CountingListener
    void on(AppointmentMoved moved) {
        tally.pend(source(moved.appointmentId(), "moved:" + moved.at().toEpochMilli()),
                count(moved.pointId(), moved.organisationId(), ServiceKind.APPOINTMENT, moved.oldStart(), -1),
                count(moved.pointId(), moved.organisationId(), ServiceKind.APPOINTMENT, moved.newStart(), 1));
    }

    @CountingListener
    void on(AppointmentNoShow noShow) {
        tally.pend(source(noShow.appointmentId(), "no-show"),
                count(noShow.pointId(), noShow.organisationId(), ServiceKind.NO_SHOW, noShow.start(), 1));
    }

    static String source(long appointmentId, String change) {
        return "appointment:" + appointmentId + ":" + change;
    }

    private static Count count(long pointId, long organisationId, ServiceKind kind, Instant start, int services) {
        return Count.of(pointId, organisationId, kind, Week.dayOf(start), services);
    }
}
