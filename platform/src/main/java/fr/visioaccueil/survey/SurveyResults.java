package fr.visioaccueil.survey;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The survey's figures for other modules (the evaluation dashboards). */
@Service
public class SurveyResults {

    private final JdbcClient jdbc;

    SurveyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Satisfaction from the overall question of every campaign, over the answers given from {@code from} to
     * {@code to} (both included).
     *
     * @param pointId one point, or null for the whole network
     * @param organisationId answers about one organisation's interviews, or null for all answers
     */
    public Satisfaction satisfaction(Long pointId, Long organisationId, LocalDate from, LocalDate to) {
        return satisfaction(new AnswerScope(null, pointId == null ? null : Set.of(pointId), organisationId, from, to));
    }

    Satisfaction satisfaction(AnswerScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT count(*) AS answers,
                               count(*) FILTER (WHERE (q.kind = 'SMILEY3' AND r.value IN ('2', '3'))
                                                   OR (q.kind = 'SCALE5' AND r.value IN ('4', '5'))) AS satisfied
                        FROM survey_answer a
                        JOIN survey_response r ON r.answer_id = a.id
                        JOIN survey_question q ON q.id = r.question_id AND q.overall AND q.kind IN ('SMILEY3', 'SCALE5')
                        WHERE""" + scope.where()))
                .query((rs, n) -> new Satisfaction(rs.getLong("answers"), rs.getLong("satisfied"))).single();
    }
}
