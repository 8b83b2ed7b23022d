package fr.visioaccueil.charter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A commitment as typed by the coordinator; {@code version} is null for a new one. */
record CommitmentForm(
        @NotNull(message = "{validation.required}") Theme theme,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size}") String text,
        Integer version) {

    static CommitmentForm of(Commitment commitment) {
        return new CommitmentForm(commitment.theme(), commitment.text(), commitment.version());
    }
}
