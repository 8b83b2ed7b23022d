package fr.visioaccueil.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files, and the external database given by {@code DATABASE_URL}.
 *
 * @param directory data directory of the embedded server, relative to the working folder
 * @param persistent false for throw-away test databases (a temporary directory, fsync off)
 * @param port fixed port of the embedded server, 0 for any free port
 * @param url an external database as {@code postgres://user:password@host:port/name}; empty for the embedded one
 */
@ConfigurationProperties("visio.database")
public record DatabaseProperties(
        @DefaultValue("data/postgres") String directory,
        @DefaultValue("true") boolean persistent,
        @DefaultValue("0") int port,
        @DefaultValue("") String url) {
}
