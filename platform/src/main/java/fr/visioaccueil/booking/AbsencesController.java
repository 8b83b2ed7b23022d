package fr.visioaccueil.booking;

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
 * The correspondent records an agent's absence (whole days or part of a day) and removes it. An absence removes
 * free slots but leaves booked appointments: its page lists those it hits, each with a way to cancel it with notice.
 */
@Controller
class AbsencesController {

    private final SettingsPage page;
    private final Absences absences;
    private final Appointments appointments;
    private final AppointmentRows rows;

    AbsencesController(SettingsPage page, Absences absences, Appointments appointments, AppointmentRows rows) {
        this.page = page;
        this.absences = absences;
        this.appointments = appointments;
        this.rows = rows;
    }

    @GetMapping("/organisme/absences/nouvelle")
    String absenceForm(Model model) {
        return page.form(model.addAttribute("absenceForm", AbsenceForm.empty()), "booking/absence-form");
    }

    @PostMapping("/organisme/absences/nouvelle")
    String create(@Valid @ModelAttribute("absenceForm") AbsenceForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.start().isBefore(form.end())) {
            errors.rejectValue(form.untilTime() == null ? "lastDay" : "untilTime", "booking.absence.order");
        }
        return page.save(errors, model, redirect, "booking/absence-form", "agentId", correspondent ->
                "/organisme/absences/" + absences.record(correspondent.organisationId(), form.agentId(),
                        form.start(), form.end(), form.reason(), correspondent));
    }

    @GetMapping("/organisme/absences/{id}")
    String show(@PathVariable long id, Model model) {
        Absence absence = absences.get(id, SettingsPage.correspondent());
        model.addAttribute("absence", absence).addAttribute("aside", rows.of(appointments.hitBy(absence)));
        return page.form(model, "booking/absence");
    }

    @PostMapping("/organisme/absences/{id}/supprimer")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        absences.remove(id, SettingsPage.correspondent());
        redirect.addFlashAttribute("flash", "booking.absence.removed");
        return "redirect:/organisme/permanences";
    }

    @PostMapping("/organisme/absences/{id}/rendez-vous/{appointment}/annuler")
    String cancel(@PathVariable long id, @PathVariable long appointment, RedirectAttributes redirect) {
        absences.get(id, SettingsPage.correspondent());
        page.cancelAside(appointment, redirect);
        return "redirect:/organisme/absences/" + id;
    }
}
