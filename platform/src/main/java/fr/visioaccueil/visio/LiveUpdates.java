package fr.visioaccueil.visio;

import fr.visioaccueil.shared.StaffMember;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events telling the queue and waiting pages that something changed (a request, an admission, an
 * end, an agent coming or going); each page then fetches its own fragment, so nothing scoped travels here.
 */
@Component
class LiveUpdates {

    /** Browsers reconnect on their own when a stream ends; a bounded life keeps dead ones from piling up. */
    private static final Duration STREAM_LIFE = Duration.ofMinutes(30);

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
    private final AgentPresence presence;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            task -> {
                Thread thread = new Thread(task, "visio-heartbeat");
                thread.setDaemon(true);
                return thread;
            });

    LiveUpdates(AgentPresence presence, VisioProperties properties) {
        this.presence = presence;
        long every = properties.heartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(() -> sendToAll(() -> SseEmitter.event().comment("ping")), every, every,
                TimeUnit.MILLISECONDS);
    }

    SseEmitter open(StaffMember member) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFE.toMillis());
        boolean agent = member.role().isPartner() && member.organisationId() != null;
        Runnable gone = () -> {
            if (emitters.remove(emitter) && agent) {
                presence.disconnected(member.accountId());
                changed();
            }
        };
        emitter.onCompletion(gone);
        emitter.onTimeout(gone);
        emitter.onError(failure -> gone.run());
        emitters.add(emitter);
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(InterviewAdmitted event) {
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
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(event.get());
            } catch (IOException | IllegalStateException closed) {
                emitter.completeWithError(closed);
            }
        }
    }

    /**
     * Ends the streams as soon as the platform begins to stop: an open one holds the web server's graceful
     * shutdown (up to its 30 s) and so delays the restart that the interview pages wait for; pages reconnect.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        emitters.forEach(SseEmitter::complete);
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        endStreams();
    }
}
