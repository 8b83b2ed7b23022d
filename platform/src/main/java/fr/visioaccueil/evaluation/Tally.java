package fr.visioaccueil.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
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

    private static final String POINT = """
            INSERT INTO evaluation_tally (point_id, organisation_id, kind, day, services, km, minutes, wait_seconds)
            VALUES (:point, :organisation, :kind, :day, :services, :km, :minutes, :wait)
            ON CONFLICT (point_id, day, kind, organisation_id) DO UPDATE SET
              services = evaluation_tally.services + :services, km = evaluation_tally.km + :km,
              minutes = evaluation_tally.minutes + :minutes, wait_seconds = evaluation_tally.wait_seconds + :wait""";
    private static final String NETWORK = """
            INSERT INTO evaluation_network_tally (organisation_id, kind, day, services, km, minutes, wait_seconds)
            VALUES (:organisation, :kind, :day, :services, :km, :minutes, :wait)
            ON CONFLICT (day, organisation_id, kind) DO UPDATE SET
              services = evaluation_network_tally.services + :services, km = evaluation_network_tally.km + :km,
              minutes = evaluation_network_tally.minutes + :minutes,
              wait_seconds = evaluation_network_tally.wait_seconds + :wait""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Tally(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(Count count) {
        for (String sql : new String[] {POINT, NETWORK}) {
            jdbc.sql(sql).param("point", count.pointId()).param("organisation", count.organisationId())
                    .param("kind", count.kind().name()).param("day", count.day())
                    .param("services", count.services()).param("km", count.km()).param("minutes", count.minutes())
                    .param("wait", count.waitSeconds()).update();
        }
    }

    /** Counts an event of another module once, whatever how often it is delivered; false if already counted. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean addOnce(String source, Count... counts) {
        int first = jdbc.sql("INSERT INTO evaluation_counted (source, counted_at) VALUES (:source, :at) "
                        + "ON CONFLICT DO NOTHING")
                .param("source", source).param("at", Timestamp.from(clock.instant())).update();
        if (first == 0) {
            return false;
        }
        for (Count count : counts) {
            add(count);
        }
        return true;
    }
}
