package fr.visioaccueil.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A motif as typed by the correspondent. */
record MotifForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String label,
        @Size(max = 500, message = "{validation.size}") String toBring,
        @NotNull(message = "{validation.required}") @Min(value = 5, message = "{booking.validation.slotMinutes}")
        @Max(value = 240, message = "{booking.validation.slotMinutes}") Integer durationMinutes) {

    static MotifForm empty() {
        return new MotifForm("", "", 20);
    }
}
