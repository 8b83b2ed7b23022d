package fr.visioaccueil.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: an external PostgreSQL when {@code DATABASE_URL} is set, otherwise an embedded one
 * whose files live under the working folder. When {@code spring.datasource.url} is set, Spring Boot's own
 * data source is used and nothing here applies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "", matchIfMissing = true)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DataSource.class)
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.url().isBlank()) {
            config.setDataSource(embedded.server().getPostgresDatabase());
        } else {
            applyDatabaseUrl(config, properties.url());
        }
        config.setMaximumPoolSize(10);
        config.setPoolName("visio");
        return new HikariDataSource(config);
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) throws IOException {
        return properties.url().isBlank() ? EmbeddedDatabase.start(properties) : EmbeddedDatabase.none();
    }

    static void applyDatabaseUrl(HikariConfig config, String databaseUrl) {
        URI uri = URI.create(databaseUrl.replaceFirst("^postgres(ql)?://", "http://"));
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        config.setJdbcUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath()
                + (uri.getQuery() == null ? "" : "?" + uri.getQuery()));
        if (uri.getUserInfo() != null) {
            String[] credentials = uri.getUserInfo().split(":", 2);
            config.setUsername(credentials[0]);
            if (credentials.length > 1) {
                config.setPassword(credentials[1]);
            }
        }
    }

    /** The embedded server, kept as a bean so that it stops with the application. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase start(DatabaseProperties properties) throws IOException {
            // Spring stops the server when it closes this bean, after everything that still writes to it; zonky's
            // own shutdown hook would stop it first, and the shutdown would then wait 30 s for a connection
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port())
                    .setRegisterShutdownHook(false);
            if (properties.persistent()) {
                Path directory = Path.of(properties.directory()).toAbsolutePath();
                Files.createDirectories(directory);
                // zonky turns durability off by default; real data must survive a power cut
                builder.setDataDirectory(directory).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                log.info("Base PostgreSQL embarquée : {}", directory);
            }
            return new EmbeddedDatabase(builder.start());
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
