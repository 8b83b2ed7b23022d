package fr.visioaccueil.survey;

import jakarta.validation.constraints.NotNull;

/** The mediator's invitation: at which point, after what kind of visit, about which organisation (visio only). */
record InviteForm(
        @NotNull(message = "{validation.required}") Long pointId,
        @NotNull(message = "{validation.required}") VisitKind kind,
        Long organisationId) {

    /** An Internet consultation concerns no organisation, whatever the form said. */
    Long organisationOrNull() {
        return kind == VisitKind.VISIO ? organisationId : null;
    }
}
