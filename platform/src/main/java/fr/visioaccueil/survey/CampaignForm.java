package fr.visioaccueil.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A new campaign: its name, first day, and last day (empty: the default length from the first day). */
record CampaignForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String name,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {
}
