package fr.visioaccueil.network;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.StaffRole;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's view of its own organisation and of its conventions; no id is taken from the address, so no
 * other organisation can be asked for. Only the correspondent changes the contact details.
 */
@Controller
class PartnerController {

    private static final String FORM = "network/correspondent-form";

    private final Organisations organisations;
    private final Conventions conventions;
    private final ConventionRows rows;

    PartnerController(Organisations organisations, Conventions conventions, ConventionRows rows) {
        this.organisations = organisations;
        this.conventions = conventions;
        this.rows = rows;
    }

    @GetMapping("/organisme")
    String organisation(Model model) {
        long id = StaffScope.ownOrganisation();
        Organisation organisation = organisations.get(id);
        model.addAttribute("organisation", organisation).addAttribute("details", organisation.details());
        model.addAttribute("conventions", rows.of(conventions.ofOrganisation(id)));
        model.addAttribute("correspondent", StaffScope.member().role() == StaffRole.PARTNER_CORRESPONDENT);
        return "network/partner";
    }

    @GetMapping("/organisme/correspondant")
    String editing(Model model) {
        model.addAttribute("form", CorrespondentForm.of(organisations.get(ownAsCorrespondent())));
        return FORM;
    }

    @PostMapping("/organisme/correspondant")
    String update(@Valid @ModelAttribute("form") CorrespondentForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        long id = ownAsCorrespondent();
        if (errors.hasErrors()) {
            return FORM;
        }
        organisations.update(id, form.version(), form.applyTo(organisations.get(id)));
        redirect.addFlashAttribute("flash", "app.saved");
        return "redirect:/organisme";
    }

    private static long ownAsCorrespondent() {
        if (StaffScope.member().role() != StaffRole.PARTNER_CORRESPONDENT) {
            throw new AccessDeniedToResource();
        }
        return StaffScope.ownOrganisation();
    }
}
