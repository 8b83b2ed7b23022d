package fr.visioaccueil.survey;

import java.time.LocalDate;

/** A survey campaign: questions are asked to citizens from {@code startsOn} to {@code endsOn}, both included. */
record Campaign(long id, String name, LocalDate startsOn, LocalDate endsOn, int version) {

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean hasEndedBy(LocalDate day) {
        return day.isAfter(endsOn);
    }
}
