package fr.visioaccueil.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** An agent's absence as typed: whole days, both included. */
record AbsenceForm(
        @NotNull(message = "{validation.required}") Long agentId,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate firstDay,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate lastDay,
        @Size(max = 200, message = "{validation.size}") String reason) {

    static AbsenceForm empty() {
        return new AbsenceForm(null, null, null, "");
    }
}
