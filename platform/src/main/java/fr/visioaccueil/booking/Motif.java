package fr.visioaccueil.booking;

import java.time.Duration;

/** A reason for an appointment with an organisation, what the citizen must bring, and its usual length. */
public record Motif(long id, long organisationId, String label, String toBring, int durationMinutes) {

    Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
