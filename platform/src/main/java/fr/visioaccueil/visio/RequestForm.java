package fr.visioaccueil.visio;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The mediator's request form; an empty citizen name keeps the citizen pseudonymous. */
record RequestForm(
        @NotNull(message = "{validation.required}") Long pointId,
        @NotNull(message = "{visio.validation.organisation}") Long organisationId,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String motif,
        @Size(max = 120, message = "{validation.size}") String citizenName,
        // a Boolean, not a boolean: an unticked box sends nothing, and nothing must fail as "required", not crash
        @NotNull(message = "{visio.validation.privacy}") @AssertTrue(message = "{visio.validation.privacy}")
        Boolean privacyAcknowledged) {

    InterviewRequest toRequest() {
        return new InterviewRequest(pointId, organisationId, motif.strip(), citizenName, privacyAcknowledged);
    }
}
