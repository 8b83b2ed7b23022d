package fr.visioaccueil.booking;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A digest of every rendez-vous table, to show that a refused request changed nothing at all. */
final class BookingDigest {

    private static final List<String> TABLES = List.of("appointment", "permanence", "permanence_agent",
            "permanence_point", "permanence_range", "booking_motif", "agent_absence", "interview");

    private BookingDigest() {
    }

    static String of(JdbcClient jdbc) {
        return TABLES.stream()
                .map(table -> table + ":" + jdbc.sql("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                        + " FROM " + table + " t").query(String.class).single())
                .collect(Collectors.joining("\n"));
    }
}
