package fr.visioaccueil.booking;

import fr.visioaccueil.shared.StaffMember;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The correspondent changes or ends a permanence of their organisation. The page lists the booked appointments
 * the permanence no longer holds (kept, never dropped), each with a way to cancel it with notice.
 */
@Controller
class PermanenceEditController {

    private static final String VIEW = "booking/permanence-form";

    private final SettingsPage page;
    private final Permanences permanences;
    private final PermanenceEdits edits;
    private final Appointments appointments;
    private final AppointmentRows rows;

    PermanenceEditController(SettingsPage page, Permanences permanences, PermanenceEdits edits,
                             Appointments appointments, AppointmentRows rows) {
        this.page = page;
        this.permanences = permanences;
        this.edits = edits;
        this.appointments = appointments;
        this.rows = rows;
    }

    @GetMapping("/organisme/permanences/{id}/modifier")
    String edit(@PathVariable long id, Model model) {
        Permanence permanence = describe(id, model);
        int version = edits.version(id);
        model.addAttribute("permanenceForm", PermanenceForm.of(permanence, version))
                .addAttribute("endForm", new EndForm(null, version)).addAttribute("deleteForm", new DeleteForm(version));
        return page.form(model, VIEW);
    }

    @PostMapping("/organisme/permanences/{id}/modifier")
    String update(@PathVariable long id, @Valid @ModelAttribute("permanenceForm") PermanenceForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        describe(id, model);
        model.addAttribute("endForm", new EndForm(null, form.version()))
                .addAttribute("deleteForm", new DeleteForm(form.version()));
        return page.save(errors, model, redirect, VIEW, "slotMinutes", correspondent -> {
            edits.update(id, EndForm.expected(form.version()), form.toDraft(correspondent.organisationId()),
                    correspondent);
            return address(id);
        });
    }

    @PostMapping("/organisme/permanences/{id}/terminer")
    String end(@PathVariable long id, @Valid @ModelAttribute("endForm") EndForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        model.addAttribute("permanenceForm", PermanenceForm.of(describe(id, model), edits.version(id)))
                .addAttribute("deleteForm", new DeleteForm(form.version()));
        return page.save(errors, model, redirect, VIEW, "from", correspondent -> {
            edits.end(id, EndForm.expected(form.version()), form.from(), correspondent);
            return address(id);
        });
    }

    /** A refusal (started, or appointments taken) is shown on the page, which then offers to end it instead. */
    @PostMapping("/organisme/permanences/{id}/supprimer")
    String delete(@PathVariable long id, @ModelAttribute("deleteForm") DeleteForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Permanence permanence = describe(id, model);
        int version = edits.version(id);
        model.addAttribute("permanenceForm", PermanenceForm.of(permanence, version))
                .addAttribute("endForm", new EndForm(null, version));
        return page.save(errors, model, redirect, VIEW, "version", "booking.permanence.deleted", correspondent -> {
            edits.delete(id, EndForm.expected(form.version()), correspondent);
            return "/organisme/permanences";
        });
    }

    @PostMapping("/organisme/permanences/{id}/rendez-vous/{appointment}/annuler")
    String cancel(@PathVariable long id, @PathVariable long appointment, RedirectAttributes redirect) {
        own(id);
        page.cancelAside(appointment, redirect);
        return "redirect:" + address(id);
    }

    /** The correspondent's own permanence; another organisation's is refused. */
    private Permanence own(long id) {
        StaffMember correspondent = SettingsPage.correspondent();
        Permanence permanence = permanences.get(id);
        BookingScope.requireCorrespondent(correspondent, permanence.organisationId());
        return permanence;
    }

    /** The permanence and the booked appointments it no longer holds. */
    private Permanence describe(long id, Model model) {
        Permanence permanence = own(id);
        model.addAttribute("permanence", permanence).addAttribute("aside", rows.of(appointments.outside(permanence)));
        return permanence;
    }

    private static String address(long id) {
        return "/organisme/permanences/" + id + "/modifier";
    }
}
