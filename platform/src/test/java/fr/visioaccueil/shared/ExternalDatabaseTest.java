package fr.visioaccueil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/** With DATABASE_URL set, the platform migrates that database and loads no demo data unless asked. */
@SpringBootTest
@DirtiesContext
class ExternalDatabaseTest {

    private static final EmbeddedPostgres EXTERNAL = start();

    /** Stands for a server the platform did not start; as a bean it stops only after the platform's pool. */
    @TestBean(name = "embeddedDatabase")
    DatabaseConfiguration.EmbeddedDatabase externalServer;

    @Autowired
    JdbcClient jdbc;

    static DatabaseConfiguration.EmbeddedDatabase embeddedDatabase() {
        return new DatabaseConfiguration.EmbeddedDatabase(EXTERNAL);
    }

    @DynamicPropertySource
    static void databaseUrl(DynamicPropertyRegistry registry) {
        registry.add("visio.database.url", () -> "postgres://postgres:postgres@localhost:" + EXTERNAL.getPort() + "/postgres");
        registry.add("visio.demo.load", () -> "auto");
    }

    @Test
    void usesTheGivenDatabaseAndLoadsNoDemo() {
        assertThat(jdbc.sql("SELECT inet_server_port()").query(Integer.class).single()).isEqualTo(EXTERNAL.getPort());
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM point").query(Long.class).single()).isZero();
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
