package fr.visioaccueil.visio.signaling;

import fr.visioaccueil.visio.RoomPasses;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The signaling endpoint; what each of its connections holds in buffers is set by {@link ConnectionBuffers}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SignalingConfiguration implements WebSocketConfigurer {

    static final String PATH = "/visio/signalisation";

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
}
