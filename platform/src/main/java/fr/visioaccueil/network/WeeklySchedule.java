package fr.visioaccueil.network;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Arithmetic over a week of ranges: total length, days used, overlaps. */
public record WeeklySchedule(List<? extends WeeklyRange> ranges) {

    public Duration total() {
        return ranges.stream().map(WeeklyRange::length).reduce(Duration.ZERO, Duration::plus);
    }

    public long days() {
        return ranges.stream().mapToInt(WeeklyRange::day).distinct().count();
    }

    /** Every range lies within one day (1 = Monday … 7 = Sunday) and ends after it starts. */
    static void requireValid(int day, LocalTime opens, LocalTime closes) {
        if (day < 1 || day > 7) {
            throw new InvalidChange("day", "hours.day");
        }
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw new InvalidChange("closes", "hours.endBeforeStart");
        }
    }

    /** The refusal of two ranges that overlap, told on {@code field}, earliest range first. */
    static InvalidChange overlap(String field, WeeklyRange one, WeeklyRange other) {
        boolean oneFirst = !other.opens().isBefore(one.opens());
        WeeklyRange first = oneFirst ? one : other;
        WeeklyRange second = oneFirst ? other : one;
        return new InvalidChange(field, "hours.overlap", first.day(), first.opens() + "–" + first.closes(),
                second.opens() + "–" + second.closes());
    }

    /** The first pair of ranges that overlap on the same day, if any. */
    public Optional<List<WeeklyRange>> firstOverlap() {
        List<? extends WeeklyRange> sorted = ranges.stream()
                .sorted(Comparator.comparingInt(WeeklyRange::day).thenComparing(WeeklyRange::opens)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                return Optional.of(List.of(sorted.get(i - 1), sorted.get(i)));
            }
        }
        return Optional.empty();
    }
}
