package fr.visioaccueil.booking;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.PointDetails;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.notification.CalendarEvent;
import fr.visioaccueil.notification.Email;
import fr.visioaccueil.notification.Notifications;
import fr.visioaccueil.notification.Scheduled;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        AppointmentWords words = texts.words(appointment);
        List<Scheduled> messages = new ArrayList<>();
        toCitizen(messages, words, "confirmation", "booking.mail.booked", texts.link(manageToken),
                calendar(words, false), clock.instant());
        remind(messages, words);
        notifications.schedule(messages);
    }

    @Override
    public void moved(Appointment appointment, Motif motif, Instant oldStart, Party by) {
        AppointmentWords words = texts.words(appointment);
        notifications.cancelPending(prefix(appointment) + "rappel-");
        String change = "deplacement-" + appointment.getStartsAt().getEpochSecond();
        List<Scheduled> messages = new ArrayList<>();
        toCitizen(messages, words, change, "booking.mail.moved", null, calendar(words, false), clock.instant());
        toStaff(messages, words, change, "booking.mail.staff.moved", by);
        remind(messages, words);
        notifications.schedule(messages);
    }

    @Override
    public void cancelled(Appointment appointment, Motif motif, Party by) {
        AppointmentWords words = texts.words(appointment);
        notifications.cancelPending(prefix(appointment));
        List<Scheduled> messages = new ArrayList<>();
        if (by != Party.CITIZEN) {
            toCitizen(messages, words, "annulation", "booking.mail.cancelled", null, calendar(words, true),
                    clock.instant());
        }
        toStaff(messages, words, "annulation", "booking.mail.staff.cancelled", by);
        notifications.schedule(messages);
    }

    /** Only when there is still time for it: a booking made the day before gets its confirmation, not both. */
    private void remind(List<Scheduled> messages, AppointmentWords words) {
        Instant at = words.appointment().getStartsAt().minus(properties.reminderBefore());
        if (at.isAfter(clock.instant())) {
            toCitizen(messages, words, "rappel-" + words.appointment().getStartsAt().getEpochSecond(),
                    "booking.mail.reminder", null, null, at);
        }
    }

    private void toCitizen(List<Scheduled> messages, AppointmentWords words, String what, String textKey,
                           String link, CalendarEvent event, Instant notBefore) {
        Appointment appointment = words.appointment();
        String key = prefix(appointment) + what;
        if (appointment.getCitizenEmail() != null) {
            messages.add(new Scheduled(key + "-mail", new Email(appointment.getCitizenEmail(),
                    texts.subject(textKey, words), texts.mail(textKey, words, link, appointment.getCancelledBy()),
                    event == null ? List.of() : List.of(event.asAttachment("rendez-vous.ics"))), notBefore));
        }
        texts.sms(textKey, words, link).ifPresent(sms -> messages.add(new Scheduled(key + "-sms", sms, notBefore)));
    }

    /** The point and the agent, except the side that made the change. */
    private void toStaff(List<Scheduled> messages, AppointmentWords words, String what, String textKey, Party by) {
        Appointment appointment = words.appointment();
        PointDetails point = points.shown(appointment.getPointId()).details();
        String key = prefix(appointment) + what;
        if (by != Party.POINT && point.email() != null && !point.email().isBlank()) {
            messages.add(new Scheduled(key + "-point", new Email(point.email(), texts.subject(textKey, words),
                    texts.mail(textKey, words, null, by)), clock.instant()));
        }
        String agent = staff.email(appointment.getAgentAccountId());
        if (by != Party.AGENT && !agent.isBlank()) {
            messages.add(new Scheduled(key + "-agent", new Email(agent, texts.subject(textKey, words),
                    texts.mail(textKey, words, null, by)), clock.instant()));
        }
    }

    /** The same uid for every version of the appointment; its version orders the updates. */
    private CalendarEvent calendar(AppointmentWords words, boolean cancelled) {
        Appointment appointment = words.appointment();
        return new CalendarEvent("rdv-" + appointment.getId() + "@visio-accueil", appointment.getVersion(),
                appointment.getStartsAt(), appointment.getEndsAt(), texts.subject("booking.mail.booked", words),
                words.place(), words.description(), cancelled);
    }

    private static String prefix(Appointment appointment) {
        return "rdv-" + appointment.getId() + "-";
    }
}
