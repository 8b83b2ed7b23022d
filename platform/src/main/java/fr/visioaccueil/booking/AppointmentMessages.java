package fr.visioaccueil.booking;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.PointDetails;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.notification.CalendarEvent;
import fr.visioaccueil.notification.Email;
import fr.visioaccueil.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The messages around an appointment, through the durable notifications: the citizen's confirmation (with the
 * .ics and the personal link) and reminder by e-mail and SMS, and a word to the other side on a change. Keys
 * start with {@code rdv-<id>-}, so that a cancellation withdraws whatever is still pending.
 */
@Component
class AppointmentMessages implements AppointmentNotices {

    private final Notifications notifications;
    private final AppointmentTexts texts;
    private final Points points;
    private final StaffDirectory staff;
    private final BookingProperties properties;
    private final Clock clock;

    AppointmentMessages(Notifications notifications, AppointmentTexts texts, Points points, StaffDirectory staff,
                        BookingProperties properties, Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.points = points;
        this.staff = staff;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void booked(Appointment appointment, Motif motif, String manageToken) {
        AppointmentRow row = texts.row(appointment);
        String link = texts.link(manageToken);
        toCitizen(row, "confirmation", "booking.mail.booked", link, calendar(row, false), clock.instant());
        remind(row);
    }

    @Override
    public void moved(Appointment appointment, Motif motif, Instant oldStart, Party by) {
        AppointmentRow row = texts.row(appointment);
        notifications.cancelPending(prefix(appointment) + "rappel-");
        String change = "deplacement-" + appointment.getStartsAt().getEpochSecond();
        toCitizen(row, change, "booking.mail.moved", null, calendar(row, false), clock.instant());
        toStaff(row, change, "booking.mail.staff.moved", by);
        remind(row);
    }

    @Override
    public void cancelled(Appointment appointment, Motif motif, Party by) {
        AppointmentRow row = texts.row(appointment);
        notifications.cancelPending(prefix(appointment));
        if (by != Party.CITIZEN) {
            toCitizen(row, "annulation", "booking.mail.cancelled", null, calendar(row, true), clock.instant());
        }
        toStaff(row, "annulation", "booking.mail.staff.cancelled", by);
    }

    /** Only when there is still time for it: a booking made the day before gets its confirmation, not both. */
    private void remind(AppointmentRow row) {
        Instant at = row.appointment().getStartsAt().minus(properties.reminderBefore());
        if (at.isAfter(clock.instant())) {
            toCitizen(row, "rappel-" + row.appointment().getStartsAt().getEpochSecond(), "booking.mail.reminder",
                    null, null, at);
        }
    }

    private void toCitizen(AppointmentRow row, String what, String textKey, String link, CalendarEvent event,
                           Instant notBefore) {
        Appointment appointment = row.appointment();
        String key = prefix(appointment) + what;
        if (appointment.getCitizenEmail() != null) {
            notifications.schedule(key + "-mail", new Email(appointment.getCitizenEmail(),
                    texts.subject(textKey, row), texts.mail(textKey, row, link, row.appointment().getCancelledBy()),
                    event == null ? List.of() : List.of(event.asAttachment("rendez-vous.ics"))), notBefore);
        }
        texts.sms(textKey, row, link).ifPresent(sms -> notifications.schedule(key + "-sms", sms, notBefore));
    }

    /** The point and the agent, except the side that made the change. */
    private void toStaff(AppointmentRow row, String what, String textKey, Party by) {
        Appointment appointment = row.appointment();
        PointDetails point = points.shown(appointment.getPointId()).details();
        String key = prefix(appointment) + what;
        if (by != Party.POINT && point.email() != null && !point.email().isBlank()) {
            notifications.schedule(key + "-point", new Email(point.email(), texts.subject(textKey, row),
                    texts.mail(textKey, row, null, by)), clock.instant());
        }
        String agent = staff.email(appointment.getAgentAccountId());
        if (by != Party.AGENT && !agent.isBlank()) {
            notifications.schedule(key + "-agent", new Email(agent, texts.subject(textKey, row),
                    texts.mail(textKey, row, null, by)), clock.instant());
        }
    }

    /** The same uid for every version of the appointment; its version orders the updates. */
    private CalendarEvent calendar(AppointmentRow row, boolean cancelled) {
        Appointment appointment = row.appointment();
        return new CalendarEvent("rdv-" + appointment.getId() + "@visio-accueil", appointment.getVersion(),
                appointment.getStartsAt(), appointment.getEndsAt(), texts.subject("booking.mail.booked", row),
                texts.place(row), texts.description(row), cancelled);
    }

    private static String prefix(Appointment appointment) {
        return "rdv-" + appointment.getId() + "-";
    }
}
