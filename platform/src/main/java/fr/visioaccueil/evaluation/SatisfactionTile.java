package fr.visioaccueil.evaluation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The satisfaction tile of the dashboards, answered from the satisfaction survey ({@link SurveySatisfaction}).
 * While the scope has no answer in the period, the tile shows "—".
 */
public interface SatisfactionTile {

    /** The answers in the scope and period (dates inclusive); empty when there is none. */
    Optional<Satisfaction> satisfaction(DashboardScope scope, LocalDate from, LocalDate to);

    /** How many answered, and the share (0–100) who said they were satisfied. */
    record Satisfaction(long answers, int percentSatisfied) {
    }
}
