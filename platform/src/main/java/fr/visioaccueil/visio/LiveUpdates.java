package fr.visioaccueil.visio;

import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events telling the queue and waiting pages that something changed (a request, an admission, an
 * end, an agent coming or going); each page then fetches its own fragment, so nothing scoped travels on that
 * broadcast. One event is scoped: "admitted" goes to the point's mediators only, with the interview's id and a
 * pass to its room, so that the waiting page, which holds the room ready, becomes it at once.
 */
@Component
class LiveUpdates {

    /** Browsers reconnect on their own when a stream ends; a bounded life keeps dead ones from piling up. */
    private static final Duration STREAM_LIFE = Duration.ofMinutes(30);

    private final Map<SseEmitter, StaffMember> emitters = new ConcurrentHashMap<>();
    private final AgentPresence presence;
    private final RoomPasses passes;
    private final TurnCredentials turn;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            task -> {
                Thread thread = new Thread(task, "visio-heartbeat");
                thread.setDaemon(true);
                return thread;
            });

    LiveUpdates(AgentPresence presence, RoomPasses passes, TurnCredentials turn, VisioProperties properties) {
        this.presence = presence;
        this.passes = passes;
        this.turn = turn;
        long every = properties.heartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(() -> sendToAll(() -> SseEmitter.event().comment("ping")), every, every,
                TimeUnit.MILLISECONDS);
    }

    SseEmitter open(StaffMember member) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFE.toMillis());
        boolean agent = member.role().isPartner() && member.organisationId() != null;
        Runnable gone = () -> {
            if (emitters.remove(emitter) != null && agent) {
                presence.disconnected(member.accountId());
                changed();
            }
        };
        emitter.onCompletion(gone);
        emitter.onTimeout(gone);
        emitter.onError(failure -> gone.run());
        emitters.put(emitter, member);
        if (agent) {
            presence.connected(member.accountId(), member.organisationId());
            changed();
        }
        return emitter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(InterviewRequested event) {
        changed();
    }

    /**
     * With the interview, each mediator gets their own pass to the room, which their waiting page holds ready, and
     * fresh ICE servers (TURN credentials rendered with a page that waited long may have expired).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(InterviewAdmitted event) {
        emitters.forEach((emitter, member) -> {
            if (member.role() == StaffRole.MEDIATOR && member.pointIds().contains(event.pointId())) {
                Map<String, Object> admitted = Map.of("interview", event.interviewId(),
                        "pass", passes.issue(event.interviewId(), Side.POINT, member.accountId()),
                        "iceServers", turn.issueFor(member.accountId()).iceServers());
                send(emitter, SseEmitter.event().name("admitted").data(admitted, MediaType.APPLICATION_JSON));
            }
        });
        changed();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(InterviewEnded event) {
        changed();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(InterviewOutcomeRecorded event) {
        changed();
    }

    void changed() {
        sendToAll(() -> SseEmitter.event().name("changed").data("queue"));
    }

    /** A fresh builder per emitter: a built event cannot be sent twice. */
    private void sendToAll(Supplier<SseEmitter.SseEventBuilder> event) {
        emitters.keySet().forEach(emitter -> send(emitter, event.get()));
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException closed) {
            emitter.completeWithError(closed);
        }
    }

    /**
     * Ends the streams as soon as the platform begins to stop: an open one holds the web server's graceful
     * shutdown (up to its 30 s) and so delays the restart that the interview pages wait for; pages reconnect.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        emitters.keySet().forEach(SseEmitter::complete);
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        endStreams();
    }
}
