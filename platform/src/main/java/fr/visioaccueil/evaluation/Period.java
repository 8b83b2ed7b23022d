package fr.visioaccueil.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The dates a dashboard covers, both included, chosen from a preset or typed. */
record Period(LocalDate from, LocalDate to) {

    static final List<String> PRESETS = List.of("4s", "2m", "12m", "annee");
    static final long MAX_DAYS = 5 * 366;

    static Optional<Period> preset(String code, LocalDate today) {
        return Optional.ofNullable(switch (code == null ? "" : code) {
            case "4s" -> new Period(today.minusWeeks(4).plusDays(1), today);
            case "2m" -> new Period(today.minusMonths(2).plusDays(1), today);
            case "12m" -> new Period(today.minusMonths(12).plusDays(1), today);
            case "annee" -> new Period(today.withDayOfYear(1), today);
            default -> null;
        });
    }

    /**
     * The days of this period that are over on {@code today} (Paris): up to yesterday at the latest; empty when
     * none is. An appointment of today may still be honoured, so the no-show rate reads only these days.
     */
    Optional<Period> elapsed(LocalDate today) {
        LocalDate last = to.isBefore(today) ? to : today.minusDays(1);
        return last.isBefore(from) ? Optional.empty() : Optional.of(new Period(from, last));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whole months covered, for the headline ("en 2 mois"); 0 under a month. */
    public long months() {
        return ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }
}
