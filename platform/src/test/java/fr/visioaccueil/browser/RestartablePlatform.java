package fr.visioaccueil.browser;

import fr.visioaccueil.VisioAccueilApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The whole platform started by a test itself, so that it can be stopped and started again as in production:
 * same port and same embedded-database directory each time (a room pass is signed with a secret kept in the
 * database, and a page reattaches to the address it was loaded from). The demo network is loaded on the first start.
 */
final class RestartablePlatform implements AutoCloseable {

    private final int port;
    private final Path database;
    private ConfigurableApplicationContext context;

    private RestartablePlatform(int port, Path database) {
        this.port = port;
        this.database = database;
    }

    static RestartablePlatform onAFreePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            Files.createDirectories(Path.of("target"));
            return new RestartablePlatform(probe.getLocalPort(), Files.createTempDirectory(Path.of("target"), "restart-db-"));
        } catch (IOException failure) {
            throw new IllegalStateException("No free port or no room for a database directory", failure);
        }
    }

    int port() {
        return port;
    }

    /** Starts the platform; {@code clockAhead} moves its clock forward (zero: the real time). */
    RestartablePlatform start(Duration clockAhead) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(VisioAccueilApplication.class).profiles("test");
        if (!clockAhead.isZero()) {
            Clock ahead = Clock.offset(Clock.system(ZoneId.of("Europe/Paris")), clockAhead);
            builder.initializers(context -> ((GenericApplicationContext) context)
                    .registerBean("clockAhead", Clock.class, () -> ahead, definition -> definition.setPrimary(true)));
        }
        context = builder.run("--server.port=" + port, "--visio.database.persistent=true",
                "--visio.database.directory=" + database.toAbsolutePath(), "--visio.demo.load=true");
        return this;
    }

    void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        try (var files = Files.walk(database)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
