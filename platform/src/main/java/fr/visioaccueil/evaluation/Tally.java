package fr.visioaccueil.evaluation;

import fr.visioaccueil.shared.SqlValues;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the counters current: a point's row and the network's row move together, so the dashboards read sums that
 * are always whole and never wait for a refresh. The desk's own services are added inside the transaction that
 * records them; other modules' changes are written as pending in theirs ({@link #pend}) and added by one worker
 * ({@link #fold}, see {@link CountFolding}).
 */
@Component
class Tally {

    /**
     * The counts, summed per row of each table (a move within one day adds to one row twice), added to a point's
     * rows and to the network's in one statement; {@code %s} defines the {@code counts} (and what they come from).
     */
    private static final String ADD = """
            WITH %s,
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
    private static final String COLUMNS = "point_id, organisation_id, kind, day, services, km, minutes, wait_seconds";
    private static final String GIVEN = "counts AS (SELECT * FROM (VALUES %s) AS c (" + COLUMNS + "))";
    /**
     * Every pending count committed so far, taken off the list (another node's worker skips those taken); the
     * counts of a source already counted, told again after its first count, are dropped.
     */
    private static final String FOLD = ADD.formatted("""
            taken AS (DELETE FROM evaluation_pending RETURNING source, %1$s),
            first AS (INSERT INTO evaluation_counted (source, counted_at)
                      SELECT DISTINCT source, CAST(:at AS timestamptz) FROM taken
                      ON CONFLICT DO NOTHING RETURNING source),
            counts AS (SELECT %1$s FROM taken JOIN first USING (source))""".formatted(COLUMNS));
    private static final String PEND = "INSERT INTO evaluation_pending (source, part, " + COLUMNS + ") VALUES %s"
            + " ON CONFLICT (source, part) DO NOTHING";

    private final JdbcClient jdbc;
    private final Clock clock;

    Tally(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(Count count) {
        Map<String, Object> params = new HashMap<>();
        SqlValues values = new SqlValues("count", params).add(row(count));
        jdbc.sql(ADD.formatted(GIVEN.formatted(values))).params(params).update();
    }

    /**
     * Counts another module's change once, whatever how often it is told, in the transaction that makes it: one
     * insert into the pending counts, which no other change waits on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void pend(String source, Count... counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("A change counts at least once");
        }
        Map<String, Object> params = new HashMap<>();
        SqlValues values = new SqlValues("count", params);
        for (int part = 0; part < counts.length; part++) {
            values.add(row(counts[part], source, (short) part));
        }
        jdbc.sql(PEND.formatted(values)).params(params).update();
    }

    /** Adds the pending counts committed so far to the counters, in one statement. */
    @Transactional
    void fold() {
        jdbc.sql(FOLD).param("at", Timestamp.from(clock.instant())).update();
    }

    /** The values of {@link #COLUMNS}, after the {@code first} ones. */
    private static Object[] row(Count count, Object... first) {
        return Stream.concat(Stream.of(first), Stream.of(count.pointId(), count.organisationId(), count.kind().name(),
                count.day(), count.services(), count.km(), count.minutes(), count.waitSeconds())).toArray();
    }
}
