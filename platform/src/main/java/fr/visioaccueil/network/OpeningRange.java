package fr.visioaccueil.network;

import java.time.LocalTime;

/** One opening range of a point, e.g. Tuesday 9:00–12:00. */
public record OpeningRange(int day, LocalTime opens, LocalTime closes) implements WeeklyRange {

    public OpeningRange {
        WeeklySchedule.requireValid(day, opens, closes);
    }
}
