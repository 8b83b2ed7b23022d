package fr.visioaccueil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigurationTest {

    @TempDir
    Path folder;

    @Test
    void embeddedDatabaseKeepsItsDataAcrossARestartWithFsyncOn() throws Exception {
        DatabaseProperties properties = new DatabaseProperties(folder.resolve("pg").toString(), true, 0, "");
        try (var database = DatabaseConfiguration.EmbeddedDatabase.start(properties)) {
            execute(database.server().getPostgresDatabase(), "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('là')");
        }
        try (var database = DatabaseConfiguration.EmbeddedDatabase.start(properties)) {
            DataSource source = database.server().getPostgresDatabase();
            assertThat(query(source, "SELECT v FROM kept")).isEqualTo("là");
            assertThat(query(source, "SHOW fsync")).isEqualTo("on");
            assertThat(query(source, "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void databaseUrlBecomesJdbcSettings() {
        HikariConfig config = new HikariConfig();
        DatabaseConfiguration.applyDatabaseUrl(config, "postgres://visio:s3cret@db.internal:6543/reseau?sslmode=require");
        assertThat(config.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/reseau?sslmode=require");
        assertThat(config.getUsername()).isEqualTo("visio");
        assertThat(config.getPassword()).isEqualTo("s3cret");
    }

    @Test
    void databaseUrlWithoutPortOrCredentialsUsesDefaults() {
        HikariConfig config = new HikariConfig();
        DatabaseConfiguration.applyDatabaseUrl(config, "postgresql://localhost/reseau");
        assertThat(config.getJdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/reseau");
        assertThat(config.getUsername()).isNull();
    }

    private static void execute(DataSource source, String sql) throws Exception {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(DataSource source, String sql) throws Exception {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
