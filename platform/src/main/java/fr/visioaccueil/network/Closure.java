package fr.visioaccueil.network;

import java.time.LocalDate;

/** An exceptional closure (<i>fermeture exceptionnelle</i>), both days included. */
public record Closure(LocalDate firstDay, LocalDate lastDay, String reason) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
