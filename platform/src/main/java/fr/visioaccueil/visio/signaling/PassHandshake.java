package fr.visioaccueil.visio.signaling;

import fr.visioaccueil.visio.RoomPass;
import fr.visioaccueil.visio.RoomPasses;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Opens the signaling connection only to a page of the platform's own origin (no other site may ride a
 * signed-in browser) holding a valid room pass in {@code ?jeton=}. Refusals answer 403 with a French reason.
 */
class PassHandshake implements HandshakeInterceptor {

    static final String PASS = "visio.pass";

    private final RoomPasses passes;

    PassHandshake(RoomPasses passes) {
        this.passes = passes;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (!sameOrigin(request)) {
            return refuse(response, "Origine refusée : la visio ne s’ouvre que depuis les pages de la plateforme.");
        }
        String token = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("jeton");
        Optional<RoomPass> pass = passes.verify(token);
        if (pass.isEmpty()) {
            return refuse(response, "Laissez-passer invalide ou expiré : rouvrez l’entretien depuis la plateforme.");
        }
        attributes.put(PASS, pass.get());
        return true;
    }

    private static boolean sameOrigin(ServerHttpRequest request) {
        String origin = request.getHeaders().getOrigin();
        URI own = request.getURI();
        return origin != null && origin.equalsIgnoreCase(own.getScheme() + "://" + own.getRawAuthority());
    }

    private static boolean refuse(ServerHttpResponse response, String reason) {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().set("Content-Type", "text/plain;charset=UTF-8");
        try {
            response.getBody().write(reason.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException ignored) {
            // the status alone already refuses
        }
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception failure) {
    }
}
