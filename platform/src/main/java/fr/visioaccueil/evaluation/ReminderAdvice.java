package fr.visioaccueil.evaluation;

import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * On a mediator's home and point pages, the reminder of their points' weeks left unvalidated. Read only on those
 * pages, so that it costs nothing elsewhere; the e-mail reminder waits for the notification module.
 */
@ControllerAdvice
class ReminderAdvice {

    private final Reminders reminders;

    ReminderAdvice(Reminders reminders) {
        this.reminders = reminders;
    }

    @ModelAttribute("unvalidatedWeeks")
    List<Reminders.Unvalidated> reminder(HttpServletRequest request) {
        String path = request.getRequestURI();
        StaffMember member = CurrentStaff.find().orElse(null);
        boolean home = path.equals("/espace") || path.startsWith("/mediateur/points");
        if (!home || member == null || member.role() != StaffRole.MEDIATOR) {
            return List.of();
        }
        return reminders.unvalidated(member.pointIds());
    }
}
