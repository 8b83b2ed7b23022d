package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.InvalidChange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections, validation and reopening of a point's week, each written in the grid's audit trail. A correction
 * sets the cells to the numbers typed; the counters move by the difference.
 */
@Service
class WeekChanges {

    private final Grids grids;
    private final Tally tally;
    private final WeekLocks locks;
    private final GridLog log;
    private final Clock clock;

    WeekChanges(Grids grids, Tally tally, WeekLocks locks, GridLog log, Clock clock) {
        this.grids = grids;
        this.tally = tally;
        this.locks = locks;
        this.log = log;
        this.clock = clock;
    }

    /** {@code typed}: row key → the seven numbers of the week. Returns how many cells changed. */
    @Transactional
    int correct(long pointId, Week week, Map<String, int[]> typed, String reason) {
        locks.requireOpen(pointId, week);
        GridView grid = grids.view(pointId, week);
        List<String> changes = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            int[] wanted = typed.get(row.key());
            for (int day = 0; wanted != null && day < 7; day++) {
                int delta = wanted[day] - row.days()[day];
                if (delta != 0) {
                    LocalDate date = week.monday().plusDays(day);
                    long organisation = row.kind() == ServiceKind.VISIO ? row.organisationId() : Count.NO_ORGANISATION;
                    tally.add(Count.of(pointId, organisation, row.kind(), date, delta));
                    changes.add(row.key() + " " + date + " : " + row.days()[day] + " → " + wanted[day]);
                }
            }
        }
        if (!changes.isEmpty()) {
            log.write(pointId, week, GridLog.Action.CORRECT, String.join(" ; ", changes), reason);
        }
        return changes.size();
    }

    /** A week may be validated once it has begun; it stays locked until the coordinator reopens it. */
    @Transactional
    void validate(long pointId, Week week) {
        if (week.monday().isAfter(Week.dayOf(clock.instant()))) {
            throw new InvalidChange("week", "evaluation.grid.future", week.toString());
        }
        grids.pointName(pointId);
        locks.validate(pointId, week);
        log.write(pointId, week, GridLog.Action.VALIDATE, "", "");
    }

    @Transactional
    void reopen(long pointId, Week week, String reason) {
        grids.pointName(pointId);
        locks.reopen(pointId, week);
        log.write(pointId, week, GridLog.Action.REOPEN, "", reason);
    }
}
