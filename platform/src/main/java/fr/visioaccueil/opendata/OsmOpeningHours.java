package fr.visioaccueil.opendata;

import fr.visioaccueil.network.WeeklyRange;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A weekly grid in OpenStreetMap's {@code opening_hours} syntax, e.g. {@code Mo-We 09:00-12:00,14:00-17:00; Fr
 * 09:00-12:00}: days in order, consecutive days with the same hours joined into a range, days without hours left
 * out (closed). Exceptional closures are not written: the schema's hours are the usual week.
 */
final class OsmOpeningHours {

    private static final String[] DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OsmOpeningHours() {
    }

    static String of(List<? extends WeeklyRange> ranges) {
        Map<Integer, String> hoursByDay = new TreeMap<>(ranges.stream().collect(Collectors.groupingBy(
                WeeklyRange::day, Collectors.collectingAndThen(Collectors.toList(), OsmOpeningHours::times))));
        List<String> rules = new ArrayList<>();
        int day = 1;
        while (day <= 7) {
            String hours = hoursByDay.get(day);
            int last = day;
            while (hours != null && last < 7 && hours.equals(hoursByDay.get(last + 1))) {
                last++;
            }
            if (hours != null) {
                rules.add(DAYS[day - 1] + (last > day ? "-" + DAYS[last - 1] : "") + " " + hours);
            }
            day = last + 1;
        }
        return String.join("; ", rules);
    }

    private static String times(List<? extends WeeklyRange> sameDay) {
        return sameDay.stream().sorted(Comparator.comparing(WeeklyRange::opens))
                .map(range -> TIME.format(range.opens()) + "-" + TIME.format(range.closes()))
                .collect(Collectors.joining(","));
    }
}
