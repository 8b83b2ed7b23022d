package fr.visioaccueil.booking;

import fr.visioaccueil.shared.ErrorPages;
import fr.visioaccueil.shared.StaffMember;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The answer to a booking the page's script posts (Accept: application/json): the confirmation's address, or the
 * refusal with the day's still free slots and the next ones, instead of the whole page rendered again. When many
 * people rush for the slots of a newly opened permanence, the refused page's four-week search and its rendering
 * were most of the cost of every losing request.
 */
@Component
class InPageBooking {

    /** The next slots' labels, by language: reading the pattern again was a fortieth of a refusal's own work. */
    private static final Map<Locale, DateTimeFormatter> WHEN = new ConcurrentHashMap<>();

    private final BookingDesk desk;
    private final FreeSlots freeSlots;
    private final Motifs motifs;
    private final MessageSource messages;

    InPageBooking(BookingDesk desk, FreeSlots freeSlots, Motifs motifs, MessageSource messages) {
        this.desk = desk;
        this.freeSlots = freeSlots;
        this.motifs = motifs;
        this.messages = messages;
    }

    /**
     * Books through the same desk as the plain form (a null mediator: the citizen online), then answers 201 with
     * the confirmation's address, 409 for a slot taken meanwhile, 400 with each field's error.
     */
    ResponseEntity<Map<String, Object>> book(BookingForm form, BindingResult errors, long pointId,
                                             StaffMember mediator, Function<Booked, String> confirmationOf,
                                             Locale locale) {
        Model model = new ExtendedModelMap();
        Optional<Booked> booked = desk.book(form, errors, pointId, mediator, model);
        if (booked.isPresent()) {
            String confirmation = confirmationOf.apply(booked.get());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", HttpStatus.CREATED.value());
            body.put("adresse", confirmation);
            return ResponseEntity.created(URI.create(confirmation)).body(body);
        }
        if (model.getAttribute(BookingPage.TAKEN) instanceof Instant taken) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(taken(form, taken, pointId, locale));
        }
        return ResponseEntity.badRequest().body(refused(errors, locale));
    }

    private Map<String, Object> taken(BookingForm form, Instant taken, long pointId, Locale locale) {
        FreeSlots.DayAndNext free = freeSlots.freeAround(motifs.get(form.getMotifId()), pointId, taken,
                BookingPage.NEXT_OFFERED);
        DateTimeFormatter when = WHEN.computeIfAbsent(locale,
                language -> DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH'h'mm", language));
        Map<String, Object> body = ErrorPages.inJson(HttpStatus.CONFLICT.value(),
                messages.getMessage("booking.refused.taken", null, locale));
        body.put("creneauxLibres", free.ofDay().stream().map(slot -> SlotChoice.of(slot).getValue()).toList());
        body.put("prochains", free.next().stream().map(SlotChoice::of).map(choice -> Map.of(
                "creneau", choice.getValue(), "libelle", when.format(choice.getTime()))).toList());
        return body;
    }

    private Map<String, Object> refused(BindingResult errors, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(),
                messages.getMessage(error, locale)));
        List<String> all = errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList();
        Map<String, Object> body = ErrorPages.inJson(HttpStatus.BAD_REQUEST.value(), all.isEmpty() ? "" : all.get(0));
        body.put("champs", fields);
        return body;
    }
}
