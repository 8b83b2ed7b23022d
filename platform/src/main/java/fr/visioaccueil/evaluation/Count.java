package fr.visioaccueil.evaluation;

import java.time.LocalDate;

/**
 * Something to add to a point's counters: {@code services} (negative to take back), and for a visio interview
 * the round trip avoided and the wait in the queue. {@code organisationId} 0 means no organisation in particular.
 */
record Count(long pointId, long organisationId, ServiceKind kind, LocalDate day, int services, long km,
             long minutes, long waitSeconds) {

    static final long NO_ORGANISATION = 0;

    static Count of(long pointId, long organisationId, ServiceKind kind, LocalDate day, int services) {
        return new Count(pointId, organisationId, kind, day, services, 0, 0, 0);
    }
}
