package fr.visioaccueil.booking;

import fr.visioaccueil.network.WeeklyRange;
import java.time.LocalTime;

/** One weekly range of a permanence, e.g. Tuesday 9:00–12:00 (1 = Monday … 7 = Sunday), in Paris local time. */
public record PermanenceRange(int day, LocalTime opens, LocalTime closes) implements WeeklyRange {
}
