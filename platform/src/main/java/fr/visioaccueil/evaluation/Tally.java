package fr.visioaccueil.evaluation;

import fr.visioaccueil.shared.SqlValues;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the counters current, inside the transaction that records the service: a point's row and the network's
 * row move together, so the dashboards read sums that are always whole and never wait for a refresh.
 */
@Component
class Tally {

    /**
     * The counts, summed per row of each table (a move within one day adds to one row twice), added to a point's
     * rows and to the network's in one statement; {@code %1$s} may put a step before the counts and {@code %3$s}
     * a condition on them.
     */
    private static final String ADD = """
            WITH %1$s counts AS (
              SELECT * FROM (VALUES %2$s)
                AS c (point_id, organisation_id, kind, day, services, km, minutes, wait_seconds) %3$s),
            point AS (
              INSERT INTO evaluation_tally (point_id, organisation_id, kind, day, services, km, minutes, wait_seconds)
              SELECT point_id, organisation_id, kind, day, sum(services), sum(km), sum(minutes), sum(wait_seconds)
              FROM counts GROUP BY point_id, organisation_id, kind, day
              ON CONFLICT (point_id, day, kind, organisation_id) DO UPDATE SET
                services = evaluation_tally.services + excluded.services, km = evaluation_tally.km + excluded.km,
                minutes = evaluation_tally.minutes + excluded.minutes,
                wait_seconds = evaluation_tally.wait_seconds + excluded.wait_seconds)
            INSERT INTO evaluation_network_tally (organisation_id, kind, day, services, km, minutes, wait_seconds)
            SELECT organisation_id, kind, day, sum(services), sum(km), sum(minutes), sum(wait_seconds)
            FROM counts GROUP BY organisation_id, kind, day
            ON CONFLICT (day, organisation_id, kind) DO UPDATE SET
              services = evaluation_network_tally.services + excluded.services,
              km = evaluation_network_tally.km + excluded.km,
              minutes = evaluation_network_tally.minutes + excluded.minutes,
              wait_seconds = evaluation_network_tally.wait_seconds + excluded.wait_seconds""";
    /** Before the counts of {@link #addOnce}: they are added only if this source was not counted yet. */
    private static final String FIRST = """
            first AS (INSERT INTO evaluation_counted (source, counted_at) VALUES (:source, :at)
                      ON CONFLICT DO NOTHING RETURNING source),""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Tally(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(Count count) {
        Map<String, Object> params = new HashMap<>();
        jdbc.sql(ADD.formatted("", values(List.of(count), params), "")).params(params).update();
    }

    /**
     * Counts an event of another module once, whatever how often it is delivered, in one statement; false if
     * already counted.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean addOnce(String source, Count... counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("An event counts at least once");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("source", source);
        params.put("at", Timestamp.from(clock.instant()));
        String sql = ADD.formatted(FIRST, values(List.of(counts), params), "WHERE EXISTS (SELECT FROM first)");
        return jdbc.sql(sql).params(params).update() > 0;
    }

    private static SqlValues values(List<Count> counts, Map<String, Object> params) {
        SqlValues values = new SqlValues("count", params);
        counts.forEach(count -> values.add(count.pointId(), count.organisationId(), count.kind().name(), count.day(),
                count.services(), count.km(), count.minutes(), count.waitSeconds()));
        return values;
    }
}
