package fr.visioaccueil.network;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages of the partner organisations: list, facts form, logo, deletion. */
@Controller
@RequestMapping("/admin/organisations")
class AdminOrganisationsController {

    private static final String FORM = "network/organisation-form";

    private final Organisations organisations;

    AdminOrganisationsController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "network/admin-organisations";
    }

    @GetMapping("/nouveau")
    String creating(Model model) {
        return form(model.addAttribute("form", OrganisationForm.empty()), null);
    }

    @PostMapping("/nouveau")
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return FormErrors.submit(errors, form, () -> {
            Organisation organisation = organisations.create(form.toDetails());
            redirect.addFlashAttribute("flash", "organisation.created");
            return "redirect:/admin/organisations/" + organisation.getId() + "/modifier";
        }, () -> form(model, null));
    }

    @GetMapping("/{id}/modifier")
    String editing(@PathVariable long id, Model model) {
        Organisation organisation = organisations.get(id);
        return form(model.addAttribute("form", OrganisationForm.of(organisation)), organisation);
    }

    @PostMapping("/{id}/modifier")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.get(id);
        return FormErrors.submit(errors, form, () -> {
            organisations.update(id, form.version(), form.toDetails());
            redirect.addFlashAttribute("flash", "app.saved");
            return "redirect:/admin/organisations";
        }, () -> form(model, organisation));
    }

    @PostMapping("/{id}/logo")
    String replaceLogo(@PathVariable long id, @ModelAttribute("logoForm") LogoForm form, BindingResult errors,
                       Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.get(id);
        return form.toLogo(errors).map(logo -> {
            organisations.replaceLogo(id, logo);
            redirect.addFlashAttribute("flash", "logo.saved");
            return "redirect:/admin/organisations/" + id + "/modifier";
        }).orElseGet(() -> form(model.addAttribute("form", OrganisationForm.of(organisation)), organisation));
    }

    /** Refused with its reason (a 409 page) while conventions or partner accounts still name it. */
    @PostMapping("/{id}/supprimer")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        organisations.delete(id);
        redirect.addFlashAttribute("flash", "organisation.deleted");
        return "redirect:/admin/organisations";
    }

    private String form(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("hasLogo", organisation != null && organisations.logo(organisation.getId()).isPresent());
        model.addAttribute("categories", List.of(OrganisationCategory.values()));
        model.addAttribute("operators", List.of(NationalOperator.values()));
        if (!model.containsAttribute("logoForm")) {
            model.addAttribute("logoForm", LogoForm.empty());
        }
        return FORM;
    }
}
