package fr.visioaccueil.network;

import java.time.Duration;
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
