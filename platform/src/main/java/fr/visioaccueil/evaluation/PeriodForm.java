package fr.visioaccueil.evaluation;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The dashboards' period filter: a preset ({@code 4s}, {@code 2m}, {@code 12m}, {@code annee}) or two dates. */
record PeriodForm(String periode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate du,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {

    static final String DEFAULT = "12m";

    /** The period meant, or null with {@code problem} naming what is wrong. */
    Period resolve(LocalDate today) {
        if (du != null && au != null) {
            Period typed = new Period(du, au);
            return !au.isBefore(du) && typed.days() <= Period.MAX_DAYS ? typed : null;
        }
        return Period.preset(periode == null || periode.isBlank() ? DEFAULT : periode, today).orElse(null);
    }

    /** The query string of this filter, for the export links. */
    String query(Period period) {
        return "du=" + period.from() + "&au=" + period.to();
    }
}
