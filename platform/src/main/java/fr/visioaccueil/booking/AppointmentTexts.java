package fr.visioaccueil.booking;

import fr.visioaccueil.network.NetworkProfiles;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.PointDetails;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.notification.Sms;
import fr.visioaccueil.shared.PublicUrl;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The words of the appointment messages, in French (the citizen's own language is not known), from the bundle. */
@Component
class AppointmentTexts {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);

    private final MessageSource messages;
    private final AppointmentRows rows;
    private final Points points;
    private final Organisations organisations;
    private final NetworkProfiles network;
    private final Environment environment;
    /**
     * Read at the first link, once the server has started and its port is known: looking it up through the
     * environment at each booking was a sixth of the booking's own work.
     */
    private volatile String publicUrl;

    AppointmentTexts(MessageSource messages, AppointmentRows rows, Points points, Organisations organisations,
                     NetworkProfiles network, Environment environment) {
        this.messages = messages;
        this.rows = rows;
        this.points = points;
        this.organisations = organisations;
        this.network = network;
        this.environment = environment;
    }

    AppointmentWords words(Appointment appointment) {
        AppointmentRow row = rows.withoutAgent(appointment);
        String place = place(row);
        return new AppointmentWords(row, when(row), place, description(row, place));
    }

    /** The personal link to manage the appointment, on the address people reach the platform at. */
    String link(String token) {
        String url = publicUrl;
        if (url == null) {
            url = PublicUrl.outsideRequest(environment);
            publicUrl = url;
        }
        return url + "/rendez-vous/" + token;
    }

    String subject(String key, AppointmentWords words) {
        return text(key + ".subject", words.when(), words.row().point());
    }

    /** {@code by}, when given, names who made the change the text tells of. */
    String mail(String key, AppointmentWords words, String link, Party by) {
        Appointment appointment = words.appointment();
        String greeting = key.contains(".staff.") ? "booking.mail.staff.greeting" : "booking.mail.greeting";
        StringBuilder mail = new StringBuilder(text(greeting, appointment.getCitizenName()))
                .append("\n\n").append(text(key + ".intro", appointment.getCitizenName(),
                        by == null ? "" : text("booking.party." + by)))
                .append("\n\n").append(words.description());
        if (link != null) {
            mail.append("\n\n").append(text("booking.mail.link", link));
        }
        return mail.append("\n\n").append(network.current().name()).toString();
    }

    /** One SMS to a mobile phone; without its point name if that makes it fit; none for a landline. */
    Optional<Sms> sms(String mailKey, AppointmentWords words, String link) {
        Appointment appointment = words.appointment();
        if (appointment.getCitizenPhone() == null) {
            return Optional.empty();
        }
        String key = mailKey.replace("booking.mail.", "booking.sms.");
        String at = appointment.getStart().format(SHORT_DAY) + " " + appointment.getStart().format(TIME);
        for (String place : new String[] {", " + words.row().point(), ""}) {
            try {
                return Optional.of(new Sms(appointment.getCitizenPhone(), text(key, shortName(appointment), at, place,
                        link == null ? "" : link)));
            } catch (IllegalArgumentException tooLongOrNotMobile) {
                // try shorter, then give up: the e-mail, the printed summary or the point tell the same
            }
        }
        return Optional.empty();
    }

    private String place(AppointmentRow row) {
        PointDetails point = points.shown(row.appointment().getPointId()).details();
        return row.point() + ", " + point.address() + ", " + point.postcode() + " " + point.commune();
    }

    private String description(AppointmentRow row, String place) {
        Appointment appointment = row.appointment();
        String details = text("booking.mail.details", appointment.getStart().format(DAY),
                appointment.getStart().format(TIME), appointment.getEnd().format(TIME), place,
                row.organisation(), row.motif().label());
        return row.motif().toBring().isBlank() ? details
                : details + "\n" + text("booking.mail.toBring", row.motif().toBring());
    }

    private String shortName(Appointment appointment) {
        return organisations.shown(appointment.getOrganisationId()).getShortName();
    }

    private String when(AppointmentRow row) {
        return row.appointment().getStart().format(DAY) + " " + row.appointment().getStart().format(TIME);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }
}
