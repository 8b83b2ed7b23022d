package fr.visioaccueil.survey;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The survey's figures for other modules (the evaluation dashboards). */
@Service
public class SurveyResults {

    private final JdbcClient jdbc;
    private final SatisfactionTally tally;

    SurveyResults(JdbcClient jdbc, SatisfactionTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    /**
     * Satisfaction from the overall question of every campaign, over the answers given from {@code from} to
     * {@code to} (both included), read from the counters kept current as answers come in.
     *
     * @param pointId one point, or null for the whole network
     * @param organisationId answers about one organisation's interviews, or null for all answers
     */
    public Satisfaction satisfaction(Long pointId, Long organisationId, LocalDate from, LocalDate to) {
        return tally.read(pointId, organisationId, from, to);
    }

    /** The same figure for a results page (one campaign, several points), from the answers themselves. */
    Satisfaction satisfaction(AnswerScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT count(*) AS answers, count(*) FILTER (WHERE %s) AS satisfied
                        FROM survey_answer a
                        JOIN survey_response r ON r.answer_id = a.id
                        JOIN survey_question q ON %s
                        WHERE""".formatted(SatisfactionTally.SATISFIED, SatisfactionTally.OVERALL) + scope.where()))
                .query((rs, n) -> new Satisfaction(rs.getLong("answers"), rs.getLong("satisfied"))).single();
    }
}
