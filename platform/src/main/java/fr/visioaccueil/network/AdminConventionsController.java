package fr.visioaccueil.network;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages of the conventions: list by point or organisation, form with the signed PDF, deletion. */
@Controller
@RequestMapping("/admin/conventions")
class AdminConventionsController {

    private static final String FORM = "network/convention-form";

    private final Conventions conventions;
    private final ConventionRows rows;
    private final Points points;
    private final Organisations organisations;

    AdminConventionsController(Conventions conventions, ConventionRows rows, Points points,
                               Organisations organisations) {
        this.conventions = conventions;
        this.rows = rows;
        this.points = points;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long point, @RequestParam(required = false) Long organisme,
                Model model) {
        model.addAttribute("conventions", rows.of(conventions.all()).stream()
                .filter(row -> point == null || row.pointId() == point)
                .filter(row -> organisme == null || row.organisationId() == organisme).toList());
        model.addAttribute("point", point).addAttribute("organisme", organisme);
        return choices(model, "network/admin-conventions");
    }

    @GetMapping("/nouvelle")
    String creating(@RequestParam(required = false) Long point, @RequestParam(required = false) Long organisme,
                    Model model) {
        return form(model.addAttribute("form", ConventionForm.empty(point, organisme)), null);
    }

    @PostMapping("/nouvelle")
    String create(@Valid @ModelAttribute("form") ConventionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return save(form, errors, model, redirect, null);
    }

    @GetMapping("/{id}/modifier")
    String editing(@PathVariable long id, Model model) {
        Convention convention = conventions.get(id);
        return form(model.addAttribute("form", ConventionForm.of(convention)), convention);
    }

    @PostMapping("/{id}/modifier")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ConventionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return save(form, errors, model, redirect, conventions.get(id));
    }

    @PostMapping("/{id}/supprimer")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        conventions.delete(id);
        redirect.addFlashAttribute("flash", "convention.deleted");
        return "redirect:/admin/conventions";
    }

    /** Nothing is saved unless the terms and the document (when one is sent) are both accepted. */
    private String save(ConventionForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                        Convention existing) {
        SignedDocument document = form.toDocument(errors).orElse(null);
        Optional<ConventionTerms> terms = form.toTerms(errors);
        return FormErrors.submit(errors, form, () -> {
            Convention saved = existing == null ? conventions.create(terms.orElseThrow(), document)
                    : conventions.update(existing.getId(), form.version(), terms.orElseThrow(), document);
            redirect.addFlashAttribute("flash", existing == null ? "convention.created" : "app.saved");
            return "redirect:/admin/conventions?point=" + saved.getPointId();
        }, () -> form(model, existing));
    }

    private String form(Model model, Convention convention) {
        model.addAttribute("convention", convention);
        model.addAttribute("hasDocument", convention != null && conventions.hasDocument(convention.getId()));
        model.addAttribute("modes", List.of(PresenceMode.values()));
        return choices(model, FORM);
    }

    private String choices(Model model, String view) {
        model.addAttribute("points", points.all()).addAttribute("organisations", organisations.all());
        return view;
    }
}
