package fr.visioaccueil.evaluation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's list of weeks left unvalidated across the network (<i>semaines non validées</i>). */
@Controller
class RemindersController {

    private final Reminders reminders;

    RemindersController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/evaluation/semaines-non-validees")
    String list(Model model) {
        model.addAttribute("weeks", reminders.unvalidated(null));
        return "evaluation/unvalidated";
    }
}
