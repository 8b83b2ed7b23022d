package fr.visioaccueil;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for tests: GreenMail on a free port of 127.0.0.1, started and emptied for each test
 * ({@code @RegisterExtension static final GreenMailExtension SMTP = LocalSmtp.server();}), and the platform
 * pointed at it ({@code @DynamicPropertySource static void smtp(registry) { LocalSmtp.use(registry); }}).
 */
public final class LocalSmtp {

    private static final int PORT = freePort();

    private LocalSmtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));
    }

    public static void use(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
