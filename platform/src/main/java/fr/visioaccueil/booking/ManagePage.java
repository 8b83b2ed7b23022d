package fr.visioaccueil.booking;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the personal link's page shows: the appointment, what to bring, and the slots it may move to. */
@Component
class ManagePage {

    private final AppointmentRows rows;
    private final FreeSlots freeSlots;

    ManagePage(AppointmentRows rows, FreeSlots freeSlots) {
        this.rows = rows;
        this.freeSlots = freeSlots;
    }

    void describe(Model model, String token, Appointment appointment) {
        AppointmentRow row = rows.of(appointment);
        boolean booked = appointment.getStatus() == AppointmentStatus.BOOKED;
        List<Slot> moves = booked ? freeSlots.offered(row.motif(), appointment.getPointId()) : List.of();
        model.addAttribute("row", row).addAttribute("token", token).addAttribute("booked", booked)
                .addAttribute("days", SlotChoice.byDay(moves));
    }
}
