package fr.visioaccueil.identity;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** One line of the audit log, its time already in the network's zone. */
record AuditEntry(long id, ZonedDateTime occurredAt, String actor, String action, String subjectType,
                  String subjectId, String summary, String changes) {

    /** For the {@code datetime} attribute, which accepts at most milliseconds. */
    public String isoTime() {
        return occurredAt.truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString();
    }
}
