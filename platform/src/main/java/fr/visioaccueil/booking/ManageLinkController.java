package fr.visioaccueil.booking;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The citizen's personal link: see, cancel or move the appointment. No session: the token is the key, and a
 * link used again after a cancellation only says so.
 */
@Controller
class ManageLinkController {

    private final Appointments appointments;
    private final Bookings bookings;
    private final ManagePage page;

    ManageLinkController(Appointments appointments, Bookings bookings, ManagePage page) {
        this.appointments = appointments;
        this.bookings = bookings;
        this.page = page;
    }

    @GetMapping("/rendez-vous/{token}")
    String show(@PathVariable String token, Model model) {
        page.describe(model, token, appointments.byToken(token));
        return "booking/manage";
    }

    @PostMapping("/rendez-vous/{token}/annuler")
    String cancel(@PathVariable String token) {
        appointments.cancel(appointments.byToken(token), Party.CITIZEN);
        return "redirect:/rendez-vous/" + token + "?annule";
    }

    @PostMapping("/rendez-vous/{token}/deplacer")
    String move(@PathVariable String token, @RequestParam(defaultValue = "") String slot) {
        Appointment appointment = appointments.byToken(token);
        SlotChoice choice = SlotChoice.parse(slot).orElseThrow(() -> new BookingRefused("booking.validation.slot"));
        bookings.move(appointment, choice.permanenceId(), choice.start());
        return "redirect:/rendez-vous/" + token + "?deplace";
    }

    @ExceptionHandler(ManageLinkRefused.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownLink() {
        return "booking/link-refused";
    }

    /** Nothing changed: the page says why, with the appointment as it stands. */
    @ExceptionHandler(BookingRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(BookingRefused refusal, Model model, jakarta.servlet.http.HttpServletRequest request) {
        String token = request.getRequestURI().replaceFirst("^/rendez-vous/([^/]+).*$", "$1");
        page.describe(model, token, appointments.byToken(token));
        model.addAttribute("refusal", refusal.messageKey());
        return "booking/manage";
    }
}
