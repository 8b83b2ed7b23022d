package fr.visioaccueil.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's view of the outbox: the latest notifications and what became of them. */
@Controller
class NotificationsController {

    private static final int SHOWN = 200;

    private final Outbox outbox;
    private final MailDelivery mail;

    NotificationsController(Outbox outbox, MailDelivery mail) {
        this.outbox = outbox;
        this.mail = mail;
    }

    @GetMapping("/admin/notifications")
    String recent(Model model) {
        model.addAttribute("notifications", outbox.recent(SHOWN));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("smtp", mail.available());
        return "notification/recent";
    }
}
