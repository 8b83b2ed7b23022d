package fr.visioaccueil.booking;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The point's mediator or the organisation's agent moves an appointment to another free slot, with the same
 * atomic move as the citizen's link; the citizen and the other side are told.
 */
@Controller
class StaffMoveController {

    private final Appointments appointments;
    private final Bookings bookings;
    private final ManagePage page;

    StaffMoveController(Appointments appointments, Bookings bookings, ManagePage page) {
        this.appointments = appointments;
        this.bookings = bookings;
        this.page = page;
    }

    @GetMapping({"/mediateur/rendez-vous/{id}/deplacer", "/organisme/agenda/{id}/deplacer"})
    String form(@PathVariable long id, 
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate semaine, Model model) {
        model.addAttribute("moveForm", new MoveForm(""));
        return describe(appointments.visibleTo(id, member()), semaine, model);
    }

    @PostMapping({"/mediateur/rendez-vous/{id}/deplacer", "/organisme/agenda/{id}/deplacer"})
    String move(@PathVariable long id, @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult errors,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffMember member = member();
        Appointment appointment = appointments.visibleTo(id, member);
        Optional<SlotChoice> choice = SlotChoice.parse(form.slot() == null ? "" : form.slot());
        if (choice.isEmpty() && !errors.hasErrors()) {
            errors.rejectValue("slot", "booking.validation.slot");
        }
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (!errors.hasErrors()) {
            try {
                Appointment moved = bookings.move(appointment, choice.get().permanenceId(), choice.get().start(),
                        member.role().isPartner() ? Party.AGENT : Party.POINT);
                redirect.addFlashAttribute("flash", "booking.moved");
                return "redirect:" + after(moved, member);
            } catch (BookingRefused refused) {
                errors.rejectValue("slot", refused.messageKey());
                status = refused instanceof SlotTaken ? HttpServletResponse.SC_CONFLICT : status;
            }
        }
        response.setStatus(status);
        return describe(appointments.get(id), SlotWeeks.dayOf(form.slot()), model);
    }

    private String describe(Appointment appointment, LocalDate week, Model model) {
        page.describe(model, null, appointment, week);
        StaffMember member = member();
        model.addAttribute("staff", member.role().isPartner() ? "organisme" : "mediateur")
                .addAttribute("back", after(appointment, member)).addAttribute("backKey", backKey(member));
        return "booking/move";
    }

    /**
     * Back where the change was made from: the point's appointment page, the correspondent's permanences (moved
     * from a list of appointments left aside), or the agent's agenda on the new day.
     */
    private static String after(Appointment moved, StaffMember member) {
        if (!member.role().isPartner()) {
            return "/mediateur/rendez-vous/" + moved.getId();
        }
        if (member.role() == StaffRole.PARTNER_CORRESPONDENT) {
            return "/organisme/permanences";
        }
        return agendaOf(moved);
    }

    /** The agent's agenda on the appointment's day (Paris). */
    static String agendaOf(Appointment appointment) {
        return "/organisme/agenda?jour=" + appointment.getStart().toLocalDate();
    }

    /** The back link names the page {@link #after} leads to, so the user goes back where the move returns. */
    private static String backKey(StaffMember member) {
        if (!member.role().isPartner()) {
            return "booking.move.back.point";
        }
        return member.role() == StaffRole.PARTNER_CORRESPONDENT
                ? "booking.move.back.permanences" : "booking.move.back.agenda";
    }

    private static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }
}
