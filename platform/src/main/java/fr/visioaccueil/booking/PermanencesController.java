package fr.visioaccueil.booking;

import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The correspondent sets the organisation's permanences and motifs; the coordinator may look. */
@Controller
class PermanencesController {

    private static final String OVERVIEW = "/organisme/permanences";

    private final SettingsPage page;
    private final Permanences permanences;
    private final Motifs motifs;

    PermanencesController(SettingsPage page, Permanences permanences, Motifs motifs) {
        this.page = page;
        this.permanences = permanences;
        this.motifs = motifs;
    }

    @GetMapping("/organisme/permanences")
    String overview(Model model) {
        StaffMember member = BookingScope.currentPartner();
        page.overview(model, member.organisationId(), member.role() == StaffRole.PARTNER_CORRESPONDENT);
        return "booking/settings";
    }

    @GetMapping("/admin/organisations/{id}/permanences")
    String coordinatorView(@PathVariable long id, Model model) {
        page.overview(model, id, false);
        return "booking/settings";
    }

    @GetMapping("/organisme/permanences/nouvelle")
    String permanenceForm(Model model) {
        return page.form(model.addAttribute("permanenceForm", PermanenceForm.empty()), "booking/permanence-form");
    }

    @PostMapping("/organisme/permanences/nouvelle")
    String createPermanence(@Valid @ModelAttribute("permanenceForm") PermanenceForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        return page.save(errors, model, redirect, "booking/permanence-form", "slotMinutes", correspondent -> {
            permanences.create(form.toDraft(correspondent.organisationId()), correspondent);
            return OVERVIEW;
        });
    }

    @GetMapping("/organisme/motifs/nouveau")
    String motifForm(Model model) {
        return page.form(model.addAttribute("motifForm", MotifForm.empty()), "booking/motif-form");
    }

    @PostMapping("/organisme/motifs/nouveau")
    String createMotif(@Valid @ModelAttribute("motifForm") MotifForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return page.save(errors, model, redirect, "booking/motif-form", "label", correspondent -> {
            motifs.create(correspondent.organisationId(), form.label(), form.toBring(), form.durationMinutes(),
                    correspondent);
            return OVERVIEW;
        });
    }
}
