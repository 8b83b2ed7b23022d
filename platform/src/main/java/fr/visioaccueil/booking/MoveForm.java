package fr.visioaccueil.booking;

import jakarta.validation.constraints.NotBlank;

/** The slot an appointment moves to, as the slot fragment sends it. */
record MoveForm(@NotBlank(message = "{booking.validation.slot}") String slot) {
}
