package fr.visioaccueil.visio.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/** The running server gives each connection the small buffers of {@link ConnectionBuffers}, not Tomcat's 8 KB ones. */
@PlatformTest
class ConnectionBuffersTest {

    @Autowired
    WebServerApplicationContext context;
    @Autowired
    ServletContext servletContext;

    @Test
    void webSocketFramesAndMessagesGetSmallBuffers() {
        var container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());

        // Tomcat keeps the size it read from the system property when it started in a field of its own
        Object frameBytes = ReflectionTestUtils.getField(org.apache.tomcat.websocket.Constants.class,
                "DEFAULT_BUFFER_SIZE");

        assertThat(frameBytes).isEqualTo(ConnectionBuffers.FRAME_BYTES);
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(ConnectionBuffers.PART_CHARS);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(ConnectionBuffers.BINARY_BYTES);
    }

    @Test
    void socketsGetSmallReadAndWriteBuffers() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        String bytes = String.valueOf(ConnectionBuffers.SOCKET_BYTES);

        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize"))).isEqualTo(bytes);
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo(bytes);
    }
}
