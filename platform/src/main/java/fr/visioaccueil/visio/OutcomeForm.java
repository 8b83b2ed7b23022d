package fr.visioaccueil.visio;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The outcome the agent records once the call is over; an unticked "motif confirmed" arrives as null. */
record OutcomeForm(
        Boolean motifConfirmed,
        @NotNull(message = "{visio.validation.outcome}") Outcome outcome,
        @Size(max = Interview.NOTE_MAX, message = "{validation.size}") String note) {

    boolean confirmed() {
        return Boolean.TRUE.equals(motifConfirmed);
    }
}
