package fr.visioaccueil.evaluation;

import fr.visioaccueil.shared.CurrentStaff;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail of the grids: corrections with their reason, validations, reopenings. */
@Component
class GridLog {

    enum Action { CORRECT, VALIDATE, REOPEN }

    record Line(Instant at, String actor, Action action, String detail, String reason) {

        /** When, on the network's clock. */
        public java.time.LocalDateTime atLocal() {
            return java.time.LocalDateTime.ofInstant(at, Week.ZONE);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    GridLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void write(long pointId, Week week, Action action, String detail, String reason) {
        jdbc.sql("""
                INSERT INTO evaluation_grid_log (point_id, monday, action, detail, reason, actor, at)
                VALUES (:point, :monday, :action, :detail, :reason, :actor, :at)""")
                .param("point", pointId).param("monday", week.monday()).param("action", action.name())
                .param("detail", cut(detail, 2000)).param("reason", cut(reason, 300))
                .param("actor", cut(CurrentStaff.actorName(), 120)).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    List<Line> of(long pointId, Week week) {
        return jdbc.sql("""
                SELECT at, actor, action, detail, reason FROM evaluation_grid_log
                 WHERE point_id = :point AND monday = :monday ORDER BY at DESC, id DESC""")
                .param("point", pointId).param("monday", week.monday())
                .query((rs, n) -> new Line(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        Action.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
