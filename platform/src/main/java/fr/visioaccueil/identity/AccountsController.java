package fr.visioaccueil.identity;

import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffRole;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's list of staff accounts, and the form to create or edit one. */
@Controller
@RequestMapping("/admin/comptes")
class AccountsController {

    private final AccountManagement management;
    private final AccountList list;
    private final InvitationDesk invitations;
    private final Organisations organisations;
    private final Points points;

    AccountsController(AccountManagement management, AccountList list, InvitationDesk invitations,
                       Organisations organisations, Points points) {
        this.management = management;
        this.list = list;
        this.invitations = invitations;
        this.organisations = organisations;
        this.points = points;
    }

    @GetMapping
    String accounts(Model model) {
        model.addAttribute("accounts", list.rows());
        return "identity/accounts";
    }

    @GetMapping("/nouveau")
    String newAccount(Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = management.create(form.details());
                invitations.invite(id, redirect);
                return "redirect:/admin/comptes/" + id;
            } catch (InvalidAccount refused) {
                refused.rejectIn(errors);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, null);
    }

    @GetMapping("/{id}")
    String account(@PathVariable long id, Model model) {
        StaffAccount account = management.get(id);
        model.addAttribute("accountForm", AccountForm.of(management.detailsOf(account), account.version()));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = management.get(id);
        if (form.version() == null) {
            errors.rejectValue("version", "typeMismatch.accountForm.version");
        }
        if (!errors.hasErrors()) {
            try {
                management.update(id, form.version(), form.details());
                redirect.addFlashAttribute("flash", "app.saved");
                return "redirect:/admin/comptes/" + id;
            } catch (InvalidAccount refused) {
                refused.rejectIn(errors);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, account);
    }

    /** The form page around the account form already in the model (with its errors, if any). */
    private String form(Model model, StaffAccount account) {
        model.addAttribute("account", account == null ? null : list.row(account));
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("points", points.all());
        return "identity/account";
    }
}
