package fr.visioaccueil.visio.documents;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes documents a retention after their interview ended. An interview nobody hung up (both pages closed) never
 * ends: its documents go a retention after {@code abandoned-after} has passed since their upload. Each deletion is
 * logged in the transaction that does it, in the name of the system.
 */
@Component
class DocumentPurge {

    private static final Logger log = LoggerFactory.getLogger(DocumentPurge.class);

    private final StoredDocuments documents;
    private final DocumentAccessLog accessLog;
    private final DocumentsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "visio-documents-purge");
        thread.setDaemon(true);
        return thread;
    });

    DocumentPurge(StoredDocuments documents, DocumentAccessLog accessLog, DocumentsProperties properties,
                  TransactionTemplate transaction, Clock clock) {
        this.documents = documents;
        this.accessLog = accessLog;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        long every = properties.purgeInterval().toMillis();
        // a first pass soon after the start catches up on what expired while the platform was stopped
        schedule.scheduleWithFixedDelay(this::purgeLogged, Math.min(every, 60_000), every, TimeUnit.MILLISECONDS);
    }

    /** @return how many documents were deleted */
    int purge() {
        return purgeAt(clock.instant());
    }

    int purgeAt(Instant now) {
        Instant endedBefore = now.minus(properties.retention());
        List<StoredDocument> deleted = transaction.execute(status -> {
            List<StoredDocument> expired = documents.deleteExpired(endedBefore,
                    endedBefore.minus(properties.abandonedAfter()));
            expired.forEach(document -> accessLog.record(document.id(), document.interviewId(), null,
                    DocumentAction.PURGED, "", now));
            return expired;
        });
        return deleted.size();
    }

    private void purgeLogged() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                log.info("Documents d’entretien supprimés au terme de leur conservation : {}", deleted);
            }
        } catch (RuntimeException failure) {
            // the next pass tries again; a scheduled task that throws would never run again
            log.warn("Purge des documents d’entretien en échec : {}", failure.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        schedule.shutdownNow();
    }
}
