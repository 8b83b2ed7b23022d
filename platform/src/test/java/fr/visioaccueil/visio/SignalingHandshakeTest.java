package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The signaling socket trusts the room pass alone: opening it must not create an HTTP session, which would hold
 * memory (and a security context) for every connection as long as the session lives.
 */
@PlatformTest
class SignalingHandshakeTest {

    @LocalServerPort
    int port;
    @Autowired
    RoomPasses passes;
    @Autowired
    Interviews interviews;
    @Autowired
    ApplicationContext context;

    @Test
    void anAcceptedHandshakeSetsNoSessionCookie() throws IOException {
        VisioFixtures fixtures = VisioFixtures.of(context);
        long interview = fixtures.requestAtBretenoux("CAF", "Poignée de main").getId();
        interviews.admit(interview, fixtures.staff(StaffSessions.AGENT_CAF));

        List<String> response = handshake(passes.issue(interview, Side.POINT, 1));

        assertThat(response.get(0)).startsWith("HTTP/1.1 101");
        assertThat(response).noneMatch(header -> header.toLowerCase().startsWith("set-cookie"));
    }

    /** The status line and headers of a browser's upgrade request without any cookie, as the server answers it. */
    private List<String> handshake(String token) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET /visio/signalisation?jeton=" + token + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\nOrigin: http://127.0.0.1:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
