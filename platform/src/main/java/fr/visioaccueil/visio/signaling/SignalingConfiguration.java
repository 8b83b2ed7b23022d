package fr.visioaccueil.visio.signaling;

import fr.visioaccueil.visio.RoomPasses;
import jakarta.websocket.server.ServerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The signaling endpoint; the container accepts frames a little over our limit so we can answer them in words. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SignalingConfiguration implements WebSocketConfigurer {

    static final String PATH = "/visio/signalisation";
    /** Beyond this the container itself closes the connection (1009); between our limit and this, we explain. */
    private static final int CONTAINER_LIMIT = 4 * SignalParser.MAX_BYTES;

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
                container.setDefaultMaxTextMessageBufferSize(CONTAINER_LIMIT);
                container.setDefaultMaxSessionIdleTimeout(0L);
            }
        };
    }
}
