package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Past weeks with something counted that nobody validated yet (<i>semaines non validées</i>), over the last
 * {@code reminder-weeks} weeks: shown to the point's mediators and listed for the coordinator.
 */
@Service
class Reminders {

    record Unvalidated(long pointId, String pointName, Week week) {
    }

    private final JdbcClient jdbc;
    private final Points points;
    private final EvaluationProperties properties;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Points points, EvaluationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.points = points;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code pointIds} null: every point of the network. */
    List<Unvalidated> unvalidated(Collection<Long> pointIds) {
        if (pointIds != null && pointIds.isEmpty()) {
            return List.of();
        }
        Week current = Week.of(clock.instant());
        return jdbc.sql("""
                SELECT DISTINCT t.point_id, date_trunc('week', t.day)::date AS monday FROM evaluation_tally t
                 WHERE t.day >= :since AND t.day < :current AND t.services <> 0
                   AND (:all OR t.point_id IN (:points))
                   AND NOT EXISTS (SELECT 1 FROM evaluation_week w WHERE w.point_id = t.point_id
                                      AND w.monday = date_trunc('week', t.day)::date AND w.validated_at IS NOT NULL)
                 ORDER BY monday DESC, t.point_id""")
                .param("since", current.monday().minusWeeks(properties.reminderWeeks()))
                .param("current", current.monday()).param("all", pointIds == null)
                .param("points", pointIds == null ? List.of(0L) : pointIds)
                .query((rs, n) -> new Unvalidated(rs.getLong(1), points.get(rs.getLong(1)).getName(),
                        new Week(rs.getDate(2).toLocalDate())))
                .list();
    }
}
