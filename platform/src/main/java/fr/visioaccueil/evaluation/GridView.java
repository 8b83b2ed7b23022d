package fr.visioaccueil.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A point's weekly grid as shown and exported: rows of services, the appointment rows shown apart (not services,
 * not in the totals, not corrected by hand), the days the point opens, and whether the week is locked.
 */
record GridView(long pointId, String pointName, Week week, List<GridRow> rows, List<GridRow> appointments,
                Set<Integer> openDays,
                WeekStatus status, List<GridLog.Line> log) {

    public List<LocalDate> days() {
        return week.days();
    }

    public int dayTotal(int index) {
        return rows.stream().mapToInt(row -> row.days()[index]).sum();
    }

    public int total() {
        return rows.stream().mapToInt(GridRow::total).sum();
    }

    public List<Integer> dayIndexes() {
        return IntStream.range(0, 7).boxed().toList();
    }

    public boolean isOpen(int index) {
        return openDays.contains(index + 1);
    }

    public GridRow row(String key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst().orElse(null);
    }
}
