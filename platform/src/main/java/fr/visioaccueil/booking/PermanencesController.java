package fr.visioaccueil.booking;

import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The correspondent sets the organisation's permanences, motifs and absences; the coordinator may look. */
@Controller
class PermanencesController {

    private final SettingsPage page;
    private final Permanences permanences;
    private final Motifs motifs;
    private final Absences absences;

    PermanencesController(SettingsPage page, Permanences permanences, Motifs motifs, Absences absences) {
        this.page = page;
        this.permanences = permanences;
        this.motifs = motifs;
        this.absences = absences;
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
        return form(model.addAttribute("permanenceForm", PermanenceForm.empty()), "booking/permanence-form");
    }

    @PostMapping("/organisme/permanences/nouvelle")
    String createPermanence(@Valid @ModelAttribute("permanenceForm") PermanenceForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        return save(errors, model, redirect, "booking/permanence-form", "slotMinutes",
                correspondent -> permanences.create(form.toDraft(correspondent.organisationId()), correspondent));
    }

    @GetMapping("/organisme/motifs/nouveau")
    String motifForm(Model model) {
        return form(model.addAttribute("motifForm", MotifForm.empty()), "booking/motif-form");
    }

    @PostMapping("/organisme/motifs/nouveau")
    String createMotif(@Valid @ModelAttribute("motifForm") MotifForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return save(errors, model, redirect, "booking/motif-form", "label", correspondent -> motifs.create(
                correspondent.organisationId(), form.label(), form.toBring(), form.durationMinutes(), correspondent));
    }

    @GetMapping("/organisme/absences/nouvelle")
    String absenceForm(Model model) {
        return form(model.addAttribute("absenceForm", AbsenceForm.empty()), "booking/absence-form");
    }

    @PostMapping("/organisme/absences/nouvelle")
    String createAbsence(@Valid @ModelAttribute("absenceForm") AbsenceForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        return save(errors, model, redirect, "booking/absence-form", "agentId", correspondent -> absences.record(
                correspondent.organisationId(), form.agentId(),
                form.firstDay().atStartOfDay(SlotCalendar.PARIS).toInstant(),
                form.lastDay().plusDays(1).atStartOfDay(SlotCalendar.PARIS).toInstant(), form.reason(),
                correspondent));
    }

    private String form(Model model, String view) {
        StaffMember correspondent = BookingScope.currentPartner();
        BookingScope.requireCorrespondent(correspondent, correspondent.organisationId());
        page.choices(model, correspondent.organisationId());
        return view;
    }

    /** Saves unless the form has errors; a refusal from the rules is shown on {@code field}. */
    private String save(BindingResult errors, Model model, RedirectAttributes redirect, String view, String field,
                        Consumer<StaffMember> change) {
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getResponse();
        StaffMember correspondent = BookingScope.currentPartner();
        BookingScope.requireCorrespondent(correspondent, correspondent.organisationId());
        if (!errors.hasErrors()) {
            try {
                change.accept(correspondent);
                redirect.addFlashAttribute("flash", "booking.settings.saved");
                return "redirect:/organisme/permanences";
            } catch (BookingRefused refused) {
                errors.rejectValue(field, refused.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, view);
    }
}
