package fr.visioaccueil.visio.documents;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One line of the documents' access log as the coordinator reads it; never a name or a byte of the content. */
record DocumentAccess(ZonedDateTime at, String actor, Long accountId, DocumentAction action, String detail,
                      Long interviewId, UUID documentId) {

    /** For the {@code datetime} attribute, which accepts at most milliseconds. */
    public String isoTime() {
        return at.truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString();
    }
}
