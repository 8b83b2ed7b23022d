package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network running for years keeps its agents' past appointments. A booking's check and a slot search read only
 * the appointments still to come, whatever the history: through the index by end, not through every past row.
 */
@PlatformTest
class AgentHistoryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    BookingFixtures fixtures;

    @BeforeEach
    void aYearOfAppointmentsHeld() {
        fixtures = BookingFixtures.withPermanence(context);
        jdbc.sql("""
                INSERT INTO appointment (organisation_id, point_id, permanence_id, agent_account_id, motif_id,
                                         starts_at, ends_at, citizen_name, status, booked_by, booked_at)
                SELECT :organisation, :point, :permanence, :agent, :motif, day + slot * INTERVAL '20 minutes',
                       day + (slot + 1) * INTERVAL '20 minutes', 'Usager', 'HONOURED', 'POINT', day
                  FROM generate_series(now() - INTERVAL '365 days', now() - INTERVAL '1 day', INTERVAL '1 day') day,
                       generate_series(0, 23) slot""")
                .param("organisation", fixtures.caf).param("point", fixtures.bretenoux)
                .param("permanence", fixtures.permanenceId).param("agent", fixtures.agentId)
                .param("motif", fixtures.motif.id()).update();
        jdbc.sql("ANALYZE appointment").update();
    }

    @Test
    void aBookingsCheckReadsTheAgentsComingAppointmentsOnly() {
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) " + FreeSlots.VERSION_AND_BUSY)
                .param("permanence", fixtures.permanenceId).param("from", inThreeDays()).param("minutes", 20)
                .query(String.class).single();

        assertThat(appointmentReads(plan)).containsExactly("Index Scan using appointment_agent_end");
    }

    @Test
    void aSlotSearchReadsTheAgentsComingAppointmentsOnly() {
        Instant from = inThreeDays().toInstant();
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) " + FreeSlots.BUSY_OF_AGENTS)
                .param("agents", new Long[] {fixtures.agentId}).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(from.plus(28, ChronoUnit.DAYS))).query(String.class).single();

        assertThat(appointmentReads(plan)).containsExactly("Index Scan using appointment_agent_end");
    }

    /** How each node of the plan that reads the appointment table reads it. */
    private static List<String> appointmentReads(String plan) {
        List<String> reads = new ArrayList<>();
        collect(JsonMapper.shared().readTree(plan).get(0).get("Plan"), reads);
        return reads;
    }

    private static void collect(JsonNode node, List<String> reads) {
        if ("appointment".equals(node.path("Relation Name").asString(""))) {
            reads.add(node.get("Node Type").asString() + " using " + node.path("Index Name").asString("-"));
        }
        node.path("Plans").forEach(child -> collect(child, reads));
    }

    private static Timestamp inThreeDays() {
        return Timestamp.from(Instant.now().plus(3, ChronoUnit.DAYS));
    }
}
