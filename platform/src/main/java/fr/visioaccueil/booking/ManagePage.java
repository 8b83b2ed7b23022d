package fr.visioaccueil.booking;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a move page shows (the personal link's, the point's, the agent's): the appointment and where it may go. */
@Component
class ManagePage {

    private final AppointmentRows rows;
    private final FreeSlots freeSlots;

    ManagePage(AppointmentRows rows, FreeSlots freeSlots) {
        this.rows = rows;
        this.freeSlots = freeSlots;
    }

    /** {@code week}: a day of the week of slots to show, else the next free slot's week. */
    void describe(Model model, String token, Appointment appointment, LocalDate week) {
        AppointmentRow row = rows.of(appointment);
        boolean booked = appointment.getStatus() == AppointmentStatus.BOOKED;
        List<Slot> moves = booked ? freeSlots.offered(row.motif(), appointment.getPointId()) : List.of();
        model.addAttribute("row", row).addAttribute("token", token).addAttribute("booked", booked);
        SlotWeeks.of(moves, week).into(model);
    }
}
