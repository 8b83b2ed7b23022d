package fr.visioaccueil.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of an account's page: disable, enable, unlock, send a new invitation. */
@Controller
@RequestMapping("/admin/comptes/{id}")
class AccountActionsController {

    private final AccountManagement management;
    private final InvitationDesk invitations;

    AccountActionsController(AccountManagement management, InvitationDesk invitations) {
        this.management = management;
        this.invitations = invitations;
    }

    @PostMapping("/desactiver")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        management.setEnabled(id, false);
        return done(id, "account.disabled", redirect);
    }

    @PostMapping("/activer")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        management.setEnabled(id, true);
        return done(id, "account.enabled", redirect);
    }

    @PostMapping("/deverrouiller")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        management.unlock(id);
        return done(id, "account.unlocked", redirect);
    }

    @PostMapping("/invitation")
    String invite(@PathVariable long id, RedirectAttributes redirect) {
        invitations.invite(id, redirect);
        return "redirect:/admin/comptes/" + id;
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/admin/comptes/" + id;
    }
}
