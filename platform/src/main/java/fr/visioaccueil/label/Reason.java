package fr.visioaccueil.label;

import java.time.Duration;
import java.util.List;

/**
 * A sentence to be written later in the reader's language: a key of the label bundle and its arguments,
 * which may themselves be reasons (a duration, a number of days) or lists of them.
 */
record Reason(String key, List<Object> arguments) {

    static Reason of(String key, Object... arguments) {
        return new Reason(key, List.of(arguments));
    }

    /** "3 h", "2 h 30" or "30 min": a week's opening is counted in whole minutes. */
    static Reason duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (minutes == 0) {
            return of("label.duration.hours", hours);
        }
        return hours == 0 ? of("label.duration.minutes", minutes) : of("label.duration.hoursMinutes", hours, minutes);
    }

    /** "1 jour", "3 jours". */
    static Reason days(long days) {
        return of("label.days", days);
    }
}
