package fr.visioaccueil.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** An exceptional closure as typed: first and last day (both included) and the reason shown to the public. */
record ClosureForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate firstDay,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate lastDay,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String reason) {

    static ClosureForm empty() {
        return new ClosureForm(null, null, "");
    }

    Closure toClosure() {
        return new Closure(firstDay, lastDay, reason.strip());
    }
}
