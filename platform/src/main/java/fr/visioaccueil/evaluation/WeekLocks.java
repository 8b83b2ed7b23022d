package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.InvalidChange;
import fr.visioaccueil.shared.CurrentStaff;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validation of a point's week. A change to the grid holds a share lock on the week's row until it commits, and
 * validating takes the row for update: a "+1" and a validation never cross.
 */
@Component
class WeekLocks {

    private final JdbcClient jdbc;
    private final Clock clock;

    WeekLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    WeekStatus status(long pointId, Week week) {
        return read(pointId, week, "").orElse(WeekStatus.OPEN);
    }

    /** Refuses a change to a validated week; otherwise keeps it open until the change commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    void requireOpen(long pointId, Week week) {
        if (lock(pointId, week, "FOR SHARE").validated()) {
            throw new InvalidChange("week", "evaluation.grid.locked", week.toString());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void validate(long pointId, Week week) {
        if (lock(pointId, week, "FOR UPDATE").validated()) {
            throw new InvalidChange("week", "evaluation.grid.alreadyValidated", week.toString());
        }
        jdbc.sql("UPDATE evaluation_week SET validated_at = :at, validated_by = :by WHERE point_id = :point "
                        + "AND monday = :monday").param("at", Timestamp.from(clock.instant()))
                .param("by", CurrentStaff.actorName()).param("point", pointId).param("monday", week.monday())
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reopen(long pointId, Week week) {
        if (!lock(pointId, week, "FOR UPDATE").validated()) {
            throw new InvalidChange("week", "evaluation.grid.notValidated", week.toString());
        }
        jdbc.sql("UPDATE evaluation_week SET validated_at = NULL, validated_by = NULL WHERE point_id = :point "
                + "AND monday = :monday").param("point", pointId).param("monday", week.monday()).update();
    }

    private WeekStatus lock(long pointId, Week week, String mode) {
        jdbc.sql("INSERT INTO evaluation_week (point_id, monday) VALUES (:point, :monday) ON CONFLICT DO NOTHING")
                .param("point", pointId).param("monday", week.monday()).update();
        return read(pointId, week, mode).orElseThrow();
    }

    private Optional<WeekStatus> read(long pointId, Week week, String lockMode) {
        return jdbc.sql("SELECT validated_at, validated_by FROM evaluation_week WHERE point_id = :point "
                        + "AND monday = :monday " + lockMode).param("point", pointId).param("monday", week.monday())
                .query((rs, n) -> new WeekStatus(rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                        rs.getString(2)))
                .optional();
    }
}
