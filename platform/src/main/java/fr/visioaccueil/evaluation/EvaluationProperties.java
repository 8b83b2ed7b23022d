package fr.visioaccueil.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the evaluation.
 *
 * @param co2KgPerKm kilograms of CO₂ (equivalent) per km driven by the citizen's car, to turn travel avoided into
 *                   emissions avoided; the default is ADEME's figure for an average combustion car
 * @param co2Source  the source of that factor, named on the pages; empty = the default's source from the bundle
 * @param reminderWeeks how many past weeks are looked at for grids left unvalidated
 */
@ConfigurationProperties("visio.evaluation")
public record EvaluationProperties(
        @DefaultValue("0.142") double co2KgPerKm,
        @DefaultValue("") String co2Source,
        @DefaultValue("12") int reminderWeeks) {

    public EvaluationProperties {
        if (co2KgPerKm < 0 || reminderWeeks < 1) {
            throw new IllegalArgumentException("visio.evaluation: co2-kg-per-km ≥ 0 and reminder-weeks ≥ 1");
        }
    }
}
