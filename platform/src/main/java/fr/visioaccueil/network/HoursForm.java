package fr.visioaccueil.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.validation.Errors;

/** The weekly grid of a point: for each day (Monday first) a few rows "from – to"; empty rows mean nothing. */
record HoursForm(
        int version,
        @NotNull(message = "{validation.required}") @Size(min = 7, max = 7, message = "{validation.week}") @Valid
        List<DayRows> days) {

    static final int ROWS_PER_DAY = 4;

    record DayRows(@NotNull(message = "{validation.required}") @Valid List<RangeRow> ranges) {
    }

    record RangeRow(@Pattern(regexp = FormPatterns.TIME, message = "{validation.time}") String opens,
                    @Pattern(regexp = FormPatterns.TIME, message = "{validation.time}") String closes) {
    }

    static HoursForm of(Point point) {
        List<DayRows> days = IntStream.rangeClosed(1, 7).mapToObj(day -> {
            List<RangeRow> rows = point.getOpeningHours().stream().filter(range -> range.day() == day)
                    .map(range -> new RangeRow(range.opens().toString(), range.closes().toString()))
                    .collect(Collectors.toCollection(ArrayList::new));
            while (rows.size() < ROWS_PER_DAY) {
                rows.add(new RangeRow("", ""));
            }
            return new DayRows(rows);
        }).toList();
        return new HoursForm(point.getVersion(), days);
    }

    /** Seven days of rows, as the page always sends; anything else was not sent by our form. */
    boolean isWholeWeek() {
        return days != null && days.size() == 7
                && days.stream().allMatch(day -> day != null && day.ranges() != null);
    }

    /**
     * The ranges of the filled rows; each row the domain refuses, or that overlaps an earlier row of its day,
     * gets its reason on its own fields.
     */
    List<OpeningRange> toRanges(Errors errors) {
        List<OpeningRange> ranges = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            List<RangeRow> rows = days.get(d).ranges();
            for (int r = 0; r < rows.size(); r++) {
                String path = "days[%d].ranges[%d]".formatted(d, r);
                toRange(errors, path, d + 1, rows.get(r))
                        .filter(range -> !overlapsAny(errors, path, range, ranges)).ifPresent(ranges::add);
            }
        }
        return ranges;
    }

    private static Optional<OpeningRange> toRange(Errors errors, String path, int day, RangeRow row) {
        if (row == null || RangeRows.isBlank(row.opens(), row.closes())) {
            return Optional.empty();
        }
        return RangeRows.toRange(errors, path, row.opens(), row.closes(),
                (opens, closes) -> new OpeningRange(day, opens, closes));
    }

    /** An overlap is told next to the later row, where it was typed, rather than above the whole grid. */
    private static boolean overlapsAny(Errors errors, String path, OpeningRange range, List<OpeningRange> earlier) {
        Optional<OpeningRange> other = earlier.stream().filter(range::overlaps).findFirst();
        other.map(it -> WeeklySchedule.overlap(path + ".opens", it, range)).ifPresent(refusal ->
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null));
        return other.isPresent();
    }
}
