package fr.visioaccueil.booking;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.NotFound;
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

/** The citizen books online from a point's public page, without an account; the personal link comes next. */
@Controller
class OnlineBookingController {

    private final Points points;
    private final BookingPage page;
    private final BookingDesk desk;
    private final InPageBooking inPage;

    OnlineBookingController(Points points, BookingPage page, BookingDesk desk, InPageBooking inPage) {
        this.points = points;
        this.page = page;
        this.desk = desk;
        this.inPage = inPage;
    }

    @GetMapping("/points/{slug}/rendez-vous")
    String steps(@PathVariable String slug, @RequestParam(required = false) Long organisme,
                 @RequestParam(required = false) Long motif,
                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate jour, Model model) {
        model.addAttribute("bookingForm", BookingForm.start(organisme, motif));
        page.describe(model, point(slug), organisme, motif, jour);
        return "booking/online";
    }

    /**
     * Posted to an address without a variable, the point in its query as on the mediator's page: Spring finds it
     * among the two handlers of that address, where a path with a variable is matched against every handler of the
     * platform, a seventh of the CPU of a post refused at validation.
     */
    @PostMapping("/rendez-vous/nouveau")
    String book(@RequestParam("point") String slug, @Valid @ModelAttribute("bookingForm") BookingForm form,
                BindingResult errors, Model model, HttpServletResponse response) {
        Point point = point(slug);
        Optional<Booked> booked = desk.book(form, errors, point.getId(), null, model);
        if (booked.isPresent()) {
            return "redirect:" + confirmation(booked.get());
        }
        response.setStatus(BookingDesk.refusalStatus(model));
        page.describe(model, point, form.getOrganisationId(), form.getMotifId(), SlotChoice.dayOf(form.getSlot()));
        return "booking/online";
    }

    /** The same, posted by the page's script: a JSON answer the page shows in place (see {@link InPageBooking}). */
    @PostMapping(path = "/rendez-vous/nouveau", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> bookInPage(@RequestParam("point") String slug,
                                                   @Valid @ModelAttribute("bookingForm") BookingForm form,
                                                   BindingResult errors, Locale locale) {
        return inPage.book(form, errors, point(slug).getId(), null, OnlineBookingController::confirmation, locale);
    }

    private static String confirmation(Booked booked) {
        return "/rendez-vous/" + booked.manageToken() + "?confirme";
    }

    private Point point(String slug) {
        return points.findBySlug(slug).orElseThrow(() -> new NotFound("Point", slug));
    }
}
