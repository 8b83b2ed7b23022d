package fr.visioaccueil.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One row of the distance table as the coordinator types it. */
record DistanceForm(
        @NotNull(message = "{validation.required}") Long communityId,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "\\s*[A-Za-z0-9_]{1,20}\\s*", message = "{evaluation.distance.service.pattern}") String service,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String officeTown,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{evaluation.distance.range}")
        @Max(value = 2000, message = "{evaluation.distance.range}") Integer distanceKm,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{evaluation.distance.range}")
        @Max(value = 2000, message = "{evaluation.distance.range}") Integer driveMinutes) {

    static DistanceForm empty() {
        return new DistanceForm(null, "", "", null, null);
    }
}
