package fr.visioaccueil.booking;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Ending a permanence: the first day without it, and the version the page was opened at. */
record EndForm(@NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate from,
               Integer version) {

    /** A form without a version can only be stale. */
    static int expected(Integer version) {
        return version == null ? -1 : version;
    }
}
