package fr.visioaccueil.visio.signaling;

import fr.visioaccueil.visio.InterviewStatus;
import fr.visioaccueil.visio.Interviews;
import fr.visioaccueil.visio.RoomPass;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Relays a side's messages to the other side of the same interview, and nowhere else. Every frame is checked
 * (size, type, fields, rate) first; a refused one earns its sender an {@code error} message and goes no further.
 */
@Component
class SignalingHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(SignalingHandler.class);
    private static final String BUCKET = "visio.bucket";
    private static final String PARTS = "visio.parts";
    private static final String OUT = "visio.out";
    private static final String INSTANCE = "visio.instance";
    static final int BURST = 60;
    static final int PER_SECOND = 20;

    private final Rooms rooms;
    private final Interviews interviews;

    SignalingHandler(Rooms rooms, Interviews interviews) {
        this.rooms = rooms;
        this.interviews = interviews;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        RoomPass pass = pass(raw);
        // one writer at a time per connection: relays from the other side and our own replies may cross
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, 5_000, 512 * 1024);
        raw.getAttributes().put(OUT, session);
        raw.getAttributes().put(BUCKET, new TokenBucket(BURST, PER_SECOND, System::nanoTime));
        raw.getAttributes().put(PARTS, new TextAssembly(SignalParser.MAX_BYTES));
        if (interviews.get(pass.interviewId()).getStatus() != InterviewStatus.ADMITTED) {
            send(session, Outbound.error("ended"));
            raw.close(CloseStatus.NORMAL);
            return;
        }
        rooms.enter(pass.interviewId(), pass.side(), session).ifPresent(SignalingHandler::closeReplaced);
    }

    /** Long messages arrive in parts (see {@link TextAssembly}): the container keeps a small buffer per connection. */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage part) throws IOException {
        TextAssembly message = (TextAssembly) raw.getAttributes().get(PARTS);
        if (!message.add(part.getPayload(), part.isLast())) {
            return;
        }
        WebSocketSession session = out(raw);
        if (!((TokenBucket) raw.getAttributes().get(BUCKET)).tryTake()) {
            send(session, Outbound.error("rate-limited"));
            return;
        }
        try {
            handle(pass(raw), session, SignalParser.parse(message.take()));
        } catch (InvalidSignal refused) {
            log.debug("Signal refusé ({}) : {}", refused.code(), refused.getMessage());
            send(session, Outbound.error(refused.code()));
        }
    }

    private void handle(RoomPass pass, WebSocketSession session, Signal signal) throws IOException {
        if (signal instanceof Signal.Join join) {
            joined(pass, session, join);
            return;
        }
        if (signal instanceof Signal.HangUp) {
            interviews.hangUp(pass.interviewId());
        }
        relay(pass, Outbound.of(signal, pass.side(), (String) session.getAttributes().get(INSTANCE)));
    }

    /**
     * Each side learns the other is there and which page it is; when both are, the interview has started. Two
     * joins at the same instant may both tell both sides: harmless, since the page named is the same.
     */
    private void joined(RoomPass pass, WebSocketSession session, Signal.Join join) throws IOException {
        session.getAttributes().put(INSTANCE, join.instance());
        var other = rooms.at(pass.interviewId(), pass.side().other());
        Object otherInstance = other.map(peer -> peer.getAttributes().get(INSTANCE)).orElse(null);
        if (otherInstance != null) {
            relay(pass, Outbound.peer(true, join.instance()));
            send(session, Outbound.peer(true, (String) otherInstance));
            interviews.bothSidesJoined(pass.interviewId());
        }
    }

    /** A dead other side (closed tab, cut link) must not take the sender's connection down with it. */
    private void relay(RoomPass pass, String json) {
        var other = rooms.at(pass.interviewId(), pass.side().other());
        if (other.isPresent()) {
            try {
                send(other.get(), json);
            } catch (IOException | IllegalStateException gone) {
                log.debug("Relais impossible vers l’autre côté : {}", gone.getMessage());
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) throws IOException {
        RoomPass pass = pass(raw);
        WebSocketSession session = out(raw);
        if (session != null && rooms.leave(pass.interviewId(), pass.side(), session)) {
            relay(pass, Outbound.peer(false, null));
        }
    }

    @Override
    public void handleTransportError(WebSocketSession raw, Throwable failure) {
        log.debug("Signalisation interrompue : {}", failure.getMessage());
    }

    private static void send(WebSocketSession session, String json) throws IOException {
        if (session.isOpen()) {
            session.sendMessage(new TextMessage(json));
        }
    }

    private static void closeReplaced(WebSocketSession replaced) {
        try {
            replaced.close(CloseStatus.POLICY_VIOLATION.withReason("replaced"));
        } catch (IOException alreadyGone) {
            log.debug("Ancienne connexion déjà fermée");
        }
    }

    private static RoomPass pass(WebSocketSession raw) {
        return (RoomPass) raw.getAttributes().get(PassHandshake.PASS);
    }

    private static WebSocketSession out(WebSocketSession raw) {
        return (WebSocketSession) raw.getAttributes().get(OUT);
    }
}
