package fr.visioaccueil.network;

import java.util.List;
import java.util.stream.Collectors;

/** A compact text of a week's ranges for the audit log, e.g. "1 09:00–12:00, 2 14:00–17:00". */
final class HoursText {

    private HoursText() {
    }

    static String of(List<? extends WeeklyRange> ranges) {
        return ranges.stream().map(range -> range.day() + " " + range.opens() + "–" + range.closes())
                .collect(Collectors.joining(", "));
    }
}
