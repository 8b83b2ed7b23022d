package fr.visioaccueil.booking;

import fr.visioaccueil.shared.StaffMember;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's agenda, by day or week, and what the agent does from it: open the interview, note a no-show. */
@Controller
class AgendaController {

    private final Appointments appointments;
    private final AppointmentRows rows;
    private final Clock clock;

    AgendaController(Appointments appointments, AppointmentRows rows, Clock clock) {
        this.appointments = appointments;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/organisme/agenda")
    String agenda(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate jour,
                  @RequestParam(defaultValue = "jour") String vue, Model model) {
        boolean week = "semaine".equals(vue);
        LocalDate day = jour != null ? jour : LocalDate.now(clock.withZone(SlotCalendar.PARIS));
        LocalDate first = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate next = first.plusDays(week ? 7 : 1);
        model.addAttribute("rows", rows.of(appointments.ofAgent(BookingScope.currentPartner().accountId(),
                        first.atStartOfDay(SlotCalendar.PARIS).toInstant(),
                        next.atStartOfDay(SlotCalendar.PARIS).toInstant())))
                .addAttribute("week", week).addAttribute("first", first).addAttribute("last", next.minusDays(1))
                .addAttribute("previous", week ? first.minusWeeks(1) : first.minusDays(1)).addAttribute("next", next)
                .addAttribute("now", clock.instant());
        return "booking/agenda";
    }

    @PostMapping("/organisme/agenda/{id}/ouvrir")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        try {
            return "redirect:/visio/entretiens/" + appointments.openInterview(id, BookingScope.currentPartner());
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
            return "redirect:/organisme/agenda";
        }
    }

    @PostMapping("/organisme/agenda/{id}/absent")
    String noShow(@PathVariable long id, RedirectAttributes redirect) {
        return after(() -> appointments.noShow(id, BookingScope.currentPartner()), "booking.noShow.recorded", redirect);
    }

    @PostMapping("/organisme/agenda/{id}/annuler")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return after(() -> appointments.cancel(appointments.visibleTo(id, BookingScope.currentPartner()), Party.AGENT), "booking.cancelled",
                redirect);
    }

    /** Back to the agenda of the changed appointment's day, which is not today's when the agent browsed to it. */
    private static String after(Supplier<Appointment> change, String done, RedirectAttributes redirect) {
        try {
            Appointment changed = change.get();
            redirect.addFlashAttribute("flash", done);
            return "redirect:" + StaffMoveController.agendaOf(changed);
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
            return "redirect:/organisme/agenda";
        }
    }
}
