package fr.visioaccueil.network;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A digest of every registry table, to assert that a refused request changed nothing at all. */
final class RegistryFingerprint {

    private static final List<String> TABLES = List.of("point", "opening_range", "closure", "organisation",
            "organisation_logo", "convention", "convention_presence", "convention_document", "network_profile",
            "community");

    private RegistryFingerprint() {
    }

    static String of(JdbcClient jdbc) {
        return TABLES.stream()
                .map(table -> table + ":" + jdbc.sql("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                        + " FROM " + table + " t").query(String.class).single())
                .collect(Collectors.joining("\n"));
    }
}
