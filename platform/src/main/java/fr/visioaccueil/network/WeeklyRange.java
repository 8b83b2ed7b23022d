package fr.visioaccueil.network;

import java.time.Duration;
import java.time.LocalTime;

/** A range of hours on a day of the week (1 = Monday … 7 = Sunday). */
public interface WeeklyRange {

    int day();

    LocalTime opens();

    LocalTime closes();

    default Duration length() {
        return Duration.between(opens(), closes());
    }

    default boolean overlaps(WeeklyRange other) {
        return day() == other.day() && opens().isBefore(other.closes()) && other.opens().isBefore(closes());
    }
}
