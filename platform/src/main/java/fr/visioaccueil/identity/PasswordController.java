package fr.visioaccueil.identity;

import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Choosing a password with a one-time link (no sign-in), and changing it once signed in. */
@Controller
class PasswordController {

    private final Passwords passwords;

    PasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/mot-de-passe/choisir")
    String chooseForm(@RequestParam(required = false) String jeton, Model model, HttpServletResponse response) {
        TokenCheck check = passwords.check(jeton);
        if (!check.isValid()) {
            return refused(check, model, response);
        }
        model.addAttribute("account", check.account());
        model.addAttribute("chooseForm", new ChoosePasswordForm(jeton, "", ""));
        return "identity/choose-password";
    }

    @PostMapping("/mot-de-passe/choisir")
    String choose(@ModelAttribute("chooseForm") ChoosePasswordForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            passwords.choose(form.jeton(), form.password(), form.confirmation());
            redirect.addFlashAttribute("flash", "password.chosen");
            return "redirect:/connexion";
        } catch (InvalidAccount refused) {
            refused.rejectIn(errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("account", passwords.check(form.jeton()).account());
            return "identity/choose-password";
        } catch (TokenRefused refused) {
            return refused(refused.check(), model, response);
        }
    }

    @GetMapping("/espace/mot-de-passe")
    String changeForm(Model model) {
        model.addAttribute("changeForm", new ChangePasswordForm("", "", ""));
        return "identity/change-password";
    }

    @PostMapping("/espace/mot-de-passe")
    String change(@ModelAttribute("changeForm") ChangePasswordForm form, BindingResult errors,
                  HttpServletResponse response, RedirectAttributes redirect) {
        StaffMember me = CurrentStaff.find().orElseThrow(() -> new AccessDeniedException("signed in only"));
        try {
            passwords.change(me.accountId(), form.current(), form.password(), form.confirmation());
            redirect.addFlashAttribute("flash", "password.changed");
            return "redirect:/espace";
        } catch (InvalidAccount refused) {
            refused.rejectIn(errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/change-password";
        }
    }

    private static String refused(TokenCheck check, Model model, HttpServletResponse response) {
        response.setStatus(check.status().httpStatus().value());
        model.addAttribute("status", check.status());
        return "identity/token-refused";
    }
}
