package fr.visioaccueil.evaluation;

import fr.visioaccueil.visio.InterviewEnded;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Counts every visio interview in its point's grid on the day it ended (Paris time), under its organisation,
 * with the round trip it avoided and the wait between the request and the admission: pending in the hang-up's
 * transaction ({@link CountingListener}), keyed by the interview.
 */
@Component
class VisioCounting {

    private final Tally tally;
    private final TravelTable travel;

    VisioCounting(Tally tally, TravelTable travel) {
        this.tally = tally;
        this.travel = travel;
    }

    @CountingListener
    void on(InterviewEnded ended) {
        Trip trip = travel.trip(ended.pointId(), ended.organisationId());
        long wait = ended.admittedAt() == null ? 0
                : Math.max(0, Duration.between(ended.requestedAt(), ended.admittedAt()).toSeconds());
        tally.pend("interview:" + ended.interviewId(), new Count(ended.pointId(), ended.organisationId(),
                ServiceKind.VISIO, Week.dayOf(ended.endedAt()), 1, trip.km(), trip.minutes(), wait));
    }
}
