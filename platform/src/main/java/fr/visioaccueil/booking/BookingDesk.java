package fr.visioaccueil.booking;

import fr.visioaccueil.shared.StaffMember;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Turns the last step's form into a booking, or into field errors the person can act on; a slot taken meanwhile
 * is answered with the next free ones. Shared by the mediator's and the citizen's pages.
 */
@Component
class BookingDesk {

    private final Bookings bookings;

    BookingDesk(Bookings bookings) {
        this.bookings = bookings;
    }

    /** A null mediator means the citizen books online, who must then leave an e-mail or a phone. */
    Optional<Booked> book(BookingForm form, BindingResult errors, long pointId, StaffMember mediator, Model model) {
        check(form, errors, mediator == null);
        Optional<SlotChoice> choice = SlotChoice.parse(form.getSlot() == null ? "" : form.getSlot());
        if (choice.isEmpty() && !errors.hasFieldErrors("slot")) {
            errors.rejectValue("slot", "booking.validation.slot");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        SlotChoice chosen = choice.get();
        try {
            return Optional.of(bookings.book(new BookingRequest(pointId, form.getMotifId(), chosen.permanenceId(),
                    chosen.start(), form.citizen()), mediator));
        } catch (SlotTaken taken) {
            errors.rejectValue("slot", taken.messageKey());
            model.addAttribute(BookingPage.TAKEN, chosen.start());
        } catch (BookingRefused refused) {
            errors.rejectValue(refused.messageKey().endsWith("limit") ? "email" : "slot", refused.messageKey());
        }
        return Optional.empty();
    }

    /** 409 when the slot was taken meanwhile (the next ones are offered), 400 for anything else refused. */
    static int refusalStatus(Model model) {
        return model.containsAttribute(BookingPage.TAKEN) ? 409 : 400;
    }

    private static void check(BookingForm form, BindingResult errors, boolean online) {
        if (form.getPhone() != null && !form.getPhone().isBlank() && !FrenchPhone.isValid(form.getPhone())
                && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "booking.validation.phone");
        }
        if (online && !form.hasContact()) {
            errors.rejectValue("email", "booking.validation.contact");
        }
    }
}
