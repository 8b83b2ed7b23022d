package fr.visioaccueil.booking;

import java.time.Instant;

/** One bookable slot of one agent in one permanence, as real instants (the clock change is already applied). */
public record Slot(long permanenceId, long agentAccountId, Instant start, Instant end) {

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
