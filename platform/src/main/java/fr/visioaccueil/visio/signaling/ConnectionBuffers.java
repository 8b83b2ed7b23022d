package fr.visioaccueil.visio.signaling;

import jakarta.websocket.server.ServerContainer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.ServletContextAware;

/**
 * What an open signaling connection costs is mostly the buffers Tomcat gives it when it opens and keeps while it
 * lives, whatever it carries: at Tomcat's sizes (8 KB each: socket in and out; WebSocket frame in, frame out,
 * encoding, binary message; 8 K characters of text) about 64 KB, 640 MB for ten thousand connections, all of it
 * for the collector to walk. Signaling messages are a few hundred bytes; the rare longer one (an SDP offer) comes
 * in parts ({@link TextAssembly}) and goes out in fragments, so small buffers cost nothing but a few more reads.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    /** Tomcat reads it once, when its WebSocket classes load, that is when the server starts. */
    static final String FRAME_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    /** Each of the WebSocket frame buffers (in, out, encoding). */
    static final int FRAME_BYTES = 2 * 1024;
    /** The text message buffer, in characters: a longer message is handed over in parts. */
    static final int PART_CHARS = 1024;
    /** The binary message buffer: the signaling refuses binary messages, whatever their size. */
    static final int BINARY_BYTES = 256;
    /** The socket's own read and write buffers, for every connection (pages, live streams, WebSockets). */
    static final int SOCKET_BYTES = 4 * 1024;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallConnectionBuffers() {
        return factory -> {
            System.getProperties().putIfAbsent(FRAME_BUFFER_PROPERTY, String.valueOf(FRAME_BYTES));
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_BYTES));
                connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_BYTES));
            });
        };
    }

    /** Leaves a mock servlet environment (tests without a server) alone: it has no WebSocket container. */
    @Bean
    ServletContextAware webSocketLimits() {
        return context -> {
            if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(PART_CHARS);
                container.setDefaultMaxBinaryMessageBufferSize(BINARY_BYTES);
                container.setDefaultMaxSessionIdleTimeout(0L);
            }
        };
    }
}
