package fr.visioaccueil.visio.signaling;

import fr.visioaccueil.visio.RoomPasses;
import jakarta.websocket.server.ServerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The signaling endpoint, with a small text buffer per connection: longer messages are handed over in parts. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SignalingConfiguration implements WebSocketConfigurer {

    static final String PATH = "/visio/signalisation";
    /**
     * Tomcat allocates this buffer (in characters) for every connection when it opens, whatever it will carry:
     * at the full message limit ten thousand rooms would hold 5 GB. Longer messages come through in parts.
     */
    private static final int PART_CHARS = 8 * 1024;

    private final SignalingHandler handler;
    private final RoomPasses passes;

    SignalingConfiguration(SignalingHandler handler, RoomPasses passes) {
        this.handler = handler;
        this.passes = passes;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // the origin is checked by PassHandshake against the request's own origin, with a message
        registry.addHandler(handler, PATH).addInterceptors(new PassHandshake(passes)).setAllowedOriginPatterns("*");
    }

    /** Leaves a mock servlet environment (tests without a server) alone: it has no WebSocket container. */
    @Bean
    ServletContextAware webSocketLimits() {
        return context -> {
            if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(PART_CHARS);
                container.setDefaultMaxSessionIdleTimeout(0L);
            }
        };
    }
}
