package fr.visioaccueil.visio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's real coturn, in the foreground on 127.0.0.1 and a free port, checking TURN REST API credentials
 * against a random shared secret. A missing {@code turnserver} fails the tests that need it; they never skip.
 */
final class Coturn implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getProperty("visio.turnserver", "/usr/bin/turnserver"));
    static final String REALM = "visio.test";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration STARTUP = Duration.ofSeconds(15);

    private final Process process;
    private final Path directory;
    private final int port;
    private final String secret;

    private Coturn(Process process, Path directory, int port, String secret) {
        this.process = process;
        this.directory = directory;
        this.port = port;
        this.secret = secret;
    }

    static Coturn start() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The relay tests need " + EXECUTABLE + ", which is missing — run ./test.sh"
                    + " (it installs what is missing) or: apt-get install -y coturn");
        }
        try {
            Path directory = Files.createTempDirectory("visio-coturn-");
            int port = freePort();
            String secret = UUID.randomUUID().toString();
            Process process = new ProcessBuilder(command(directory, port, secret)).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("turnserver.log").toFile()).start();
            Coturn coturn = new Coturn(process, directory, port, secret);
            coturn.awaitListening();
            return coturn;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot start " + EXECUTABLE, failure);
        }
    }

    // allow-loopback-peers lets two browsers on this machine relay to each other: tests only, never in production
    private static List<String> command(Path directory, int port, String secret) {
        return List.of(EXECUTABLE.toString(), "-n", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1",
                "--listening-port=" + port, "--use-auth-secret", "--static-auth-secret=" + secret,
                "--realm=" + REALM, "--no-tls", "--no-dtls", "--no-cli", "--allow-loopback-peers",
                "--no-multicast-peers", "--log-file=stdout", "--pidfile=" + directory.resolve("turnserver.pid"),
                "--userdb=" + directory.resolve("turndb"));
    }

    String secret() {
        return secret;
    }

    /** The relay over UDP and over TCP, as the platform hands them out. */
    List<String> turnUrls() {
        return List.of("turn:127.0.0.1:" + port + "?transport=udp", "turn:127.0.0.1:" + port + "?transport=tcp");
    }

    String stunUrl() {
        return "stun:127.0.0.1:" + port;
    }

    String log() {
        try {
            return Files.readString(directory.resolve("turnserver.log"), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("turnserver stopped at start-up:\n" + log());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(LOOPBACK, port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        close();
        throw new IllegalStateException("turnserver did not listen on port " + port + " within " + STARTUP);
    }

    /** A port free for both TCP and UDP, since coturn listens on both. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, LOOPBACK);
                 DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, tcp.getLocalPort()))) {
                return udp.getLocalPort();
            } catch (IOException udpTaken) {
                pause();
            }
        }
        throw new IOException("No port free for both TCP and UDP on " + LOOPBACK);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot delete " + directory, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping turnserver", interrupted);
        }
    }
}
