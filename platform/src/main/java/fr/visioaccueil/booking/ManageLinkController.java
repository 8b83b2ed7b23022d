package fr.visioaccueil.booking;

import fr.visioaccueil.shared.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's personal link: see, cancel or move the appointment. No session: the token is the key, and a
 * link used again after a cancellation only says so.
 */
@Controller
class ManageLinkController {

    private final Appointments appointments;
    private final Bookings bookings;
    private final ManagePage page;
    private final MessageSource messages;

    ManageLinkController(Appointments appointments, Bookings bookings, ManagePage page, MessageSource messages) {
        this.appointments = appointments;
        this.bookings = bookings;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/rendez-vous/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate semaine,
                Model model) {
        page.describe(model, token, appointments.byToken(token), semaine);
        return "booking/manage";
    }

    @PostMapping("/rendez-vous/{token}/annuler")
    String cancel(@PathVariable String token, Model model, HttpServletResponse response) {
        Appointment appointment = appointments.byToken(token);
        try {
            appointments.cancel(appointment, Party.CITIZEN);
            return "redirect:/rendez-vous/" + token + "?annule";
        } catch (BookingRefused refused) {
            return refused(refused, token, model, response);
        }
    }

    @PostMapping("/rendez-vous/{token}/deplacer")
    String move(@PathVariable String token, @RequestParam(defaultValue = "") String slot, Model model,
                HttpServletResponse response) {
        Appointment appointment = appointments.byToken(token);
        try {
            SlotChoice choice = SlotChoice.parse(slot).orElseThrow(() -> new BookingRefused("booking.validation.slot"));
            bookings.move(appointment, choice.permanenceId(), choice.start(), Party.CITIZEN);
            return "redirect:/rendez-vous/" + token + "?deplace";
        } catch (BookingRefused refused) {
            return refused(refused, token, model, response);
        }
    }

    /** The platform's own 404 page, saying in the reader's language that the link names no appointment. */
    @ExceptionHandler(ManageLinkRefused.class)
    void unknownLink(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        ErrorPages.explain(request, messages.getMessage("booking.link.text", null, locale));
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** Nothing changed: the page says why, with the appointment as it stands (reread: the change rolled back). */
    private String refused(BookingRefused refusal, String token, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        page.describe(model, token, appointments.byToken(token), null);
        model.addAttribute("refusal", refusal.messageKey());
        return "booking/manage";
    }
}
