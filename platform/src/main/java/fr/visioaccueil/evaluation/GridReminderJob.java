package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Points;
import fr.visioaccueil.notification.Email;
import fr.visioaccueil.notification.Notifications;
import fr.visioaccueil.shared.PublicUrl;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds each point by e-mail (its contact address) of its past weeks left unvalidated: once per point and week
 * (the notification key), on the schedule {@code visio.evaluation.reminder-cron}, Paris time.
 */
@Component
class GridReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(GridReminderJob.class);

    private final Reminders reminders;
    private final Points points;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Environment environment;
    private final Clock clock;

    GridReminderJob(Reminders reminders, Points points, Notifications notifications, MessageSource messages,
                    Environment environment, Clock clock) {
        this.reminders = reminders;
        this.points = points;
        this.notifications = notifications;
        this.messages = messages;
        this.environment = environment;
        this.clock = clock;
    }

    @Scheduled(cron = "${visio.evaluation.reminder-cron:0 0 9 * * MON}", zone = "Europe/Paris")
    int remind() {
        int scheduled = 0;
        for (Reminders.Unvalidated week : reminders.unvalidated(null)) {
            String to = points.get(week.pointId()).details().email();
            if (to == null || to.isBlank()) {
                continue;
            }
            String link = PublicUrl.outsideRequest(environment) + "/evaluation/points/" + week.pointId() + "/grille/" + week.week();
            Object[] facts = {week.pointName(), week.week().toString(), link};
            notifications.schedule("grille-" + week.pointId() + "-" + week.week() + "-rappel",
                    new Email(to, messages.getMessage("evaluation.reminder.mail.subject", facts, Locale.FRANCE),
                            messages.getMessage("evaluation.reminder.mail.text", facts, Locale.FRANCE)),
                    clock.instant());
            scheduled++;
        }
        LOG.info("Grid reminders: {} unvalidated point-weeks reminded (each one e-mail, once)", scheduled);
        return scheduled;
    }
}
