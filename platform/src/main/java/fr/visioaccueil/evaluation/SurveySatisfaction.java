package fr.visioaccueil.evaluation;

import fr.visioaccueil.survey.SurveyResults;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The satisfaction tile, answered by the survey for the dashboard's own scope (a point, an organisation's
 * interviews, or every answer of the network). Evaluation depends on the survey, not the other way round: like
 * the visio-guichet and the bookings, the survey only records, and evaluation reads what it records.
 */
@Component
class SurveySatisfaction implements SatisfactionTile {

    private final SurveyResults results;

    SurveySatisfaction(SurveyResults results) {
        this.results = results;
    }

    @Override
    public Optional<Satisfaction> satisfaction(DashboardScope scope, LocalDate from, LocalDate to) {
        fr.visioaccueil.survey.Satisfaction answered =
                results.satisfaction(scope.pointId(), scope.organisationId(), from, to);
        return Optional.ofNullable(answered.percent())
                .map(percent -> new Satisfaction(answered.answers(), percent));
    }
}
