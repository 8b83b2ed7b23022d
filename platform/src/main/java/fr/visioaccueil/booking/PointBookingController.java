package fr.visioaccueil.booking;

import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mediator books for a citizen at their point, prints the summary, and waits there for the agent. */
@Controller
class PointBookingController {

    private final Points points;
    private final BookingPage page;
    private final BookingDesk desk;
    private final Appointments appointments;
    private final AppointmentRows rows;
    private final InPageBooking inPage;

    PointBookingController(Points points, BookingPage page, BookingDesk desk, Appointments appointments,
                           AppointmentRows rows, InPageBooking inPage) {
        this.points = points;
        this.page = page;
        this.desk = desk;
        this.appointments = appointments;
        this.rows = rows;
        this.inPage = inPage;
    }

    @GetMapping("/mediateur/rendez-vous")
    String list(Model model) {
        StaffMember mediator = mediator();
        model.addAttribute("rows", rows.of(appointments.upcomingAt(mediator.pointIds())))
                .addAttribute("points", mediator.pointIds().stream().map(points::get).toList());
        return "booking/point-list";
    }

    @GetMapping("/mediateur/rendez-vous/nouveau")
    String steps(@RequestParam long point, @RequestParam(required = false) Long organisme,
                 @RequestParam(required = false) Long motif,
                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate jour, Model model) {
        BookingScope.requireMediatorOf(mediator(), point);
        model.addAttribute("bookingForm", BookingForm.start(organisme, motif));
        page.describe(model, points.shown(point), organisme, motif, jour);
        return "booking/point-book";
    }

    @PostMapping("/mediateur/rendez-vous/nouveau")
    String book(@RequestParam long point, @Valid @ModelAttribute("bookingForm") BookingForm form,
                BindingResult errors, Model model, HttpServletResponse response) {
        BookingScope.requireMediatorOf(mediator(), point);
        Optional<Booked> booked = desk.book(form, errors, point, mediator(), model);
        if (booked.isPresent()) {
            return "redirect:" + confirmation(booked.get());
        }
        response.setStatus(BookingDesk.refusalStatus(model));
        page.describe(model, points.shown(point), form.getOrganisationId(), form.getMotifId(),
                SlotChoice.dayOf(form.getSlot()));
        return "booking/point-book";
    }

    /** The same, posted by the page's script: a JSON answer the page shows in place (see {@link InPageBooking}). */
    @PostMapping(path = "/mediateur/rendez-vous/nouveau", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> bookInPage(@RequestParam long point,
                                                   @Valid @ModelAttribute("bookingForm") BookingForm form,
                                                   BindingResult errors, Locale locale) {
        StaffMember mediator = mediator();
        BookingScope.requireMediatorOf(mediator, point);
        return inPage.book(form, errors, point, mediator, PointBookingController::confirmation, locale);
    }

    private static String confirmation(Booked booked) {
        return "/mediateur/rendez-vous/" + booked.appointment().getId() + "?confirme";
    }

    @GetMapping("/mediateur/rendez-vous/{id}")
    String show(@PathVariable long id, Model model) {
        describe(id, model);
        return "booking/point-appointment";
    }

    /** Kept live on the page: once the agent opens the interview, the fragment sends the point into the room. */
    @GetMapping("/mediateur/rendez-vous/{id}/etat")
    String state(@PathVariable long id, Model model) {
        describe(id, model);
        return "booking/point-appointment :: state";
    }

    private void describe(long id, Model model) {
        Appointment appointment = appointments.visibleTo(id, mediator());
        model.addAttribute("row", rows.of(appointment))
                .addAttribute("ready", appointments.interviewRunning(appointment));
    }

    @PostMapping("/mediateur/rendez-vous/{id}/annuler")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            appointments.cancel(appointments.visibleTo(id, mediator()), Party.POINT);
            redirect.addFlashAttribute("flash", "booking.cancelled");
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/mediateur/rendez-vous/" + id;
    }

    private static StaffMember mediator() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }
}
