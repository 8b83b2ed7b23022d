package fr.visioaccueil.booking;

/** Someone else took the slot meanwhile: the database's exclusion constraint refused the second one. */
public class SlotTaken extends BookingRefused {

    public SlotTaken() {
        super("booking.refused.taken");
    }
}
