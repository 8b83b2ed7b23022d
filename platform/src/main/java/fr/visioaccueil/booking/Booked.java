package fr.visioaccueil.booking;

/** A fresh appointment and its personal link's token, which exists nowhere else once this is gone. */
public record Booked(Appointment appointment, String manageToken) {
}
