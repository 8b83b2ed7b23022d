package fr.visioaccueil.evaluation;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The dashboards' period filter: a preset ({@code 4s}, {@code 2m}, {@code 12m}, {@code annee}) or two dates. */
record PeriodForm(String periode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {

    static final String DEFAULT = "12m";

    /** The period meant (a preset chosen wins over dates left in the fields), or null when the dates are wrong. */
    Period resolve(LocalDate today) {
        if ((periode == null || periode.isBlank()) && (du != null || au != null)) {
            if (du == null || au == null) {
                return null;
            }
            return !au.isBefore(du) && new Period(du, au).days() <= Period.MAX_DAYS ? new Period(du, au) : null;
        }
        return Period.preset(periode == null || periode.isBlank() ? DEFAULT : periode, today).orElse(null);
    }
}
