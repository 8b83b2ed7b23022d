package fr.visioaccueil.survey;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the satisfaction counters current inside the transaction that records an answer: a point's row and the
 * network's row move together, so the dashboards read whole sums of a few rows per day instead of joining every
 * answer of the period to its responses, and never wait for a refresh.
 */
@Component
class SatisfactionTally {

    /** The responses to the overall question, from {@code survey_response r} joined to {@code survey_question q}. */
    static final String OVERALL = "q.id = r.question_id AND q.overall AND q.kind IN ('SMILEY3', 'SCALE5')";
    static final String SATISFIED = "(q.kind = 'SMILEY3' AND r.value IN ('2', '3')) "
            + "OR (q.kind = 'SCALE5' AND r.value IN ('4', '5'))";

    private static final String COUNTS = """
            SELECT a.point_id, coalesce(a.organisation_id, 0) AS organisation_id, a.answered_on AS day,
                   :sign * count(*) AS answers, :sign * count(*) FILTER (WHERE %s) AS satisfied
              FROM survey_answer a JOIN survey_response r ON r.answer_id = a.id JOIN survey_question q ON %s
             WHERE a.id IN (:ids) GROUP BY 1, 2, 3""".formatted(SATISFIED, OVERALL);
    private static final String POINT = """
            INSERT INTO survey_satisfaction_tally AS t (point_id, organisation_id, day, answers, satisfied) %s
            ON CONFLICT (point_id, day, organisation_id) DO UPDATE
              SET answers = t.answers + EXCLUDED.answers, satisfied = t.satisfied + EXCLUDED.satisfied""";
    private static final String NETWORK = """
            INSERT INTO survey_network_satisfaction_tally AS t (organisation_id, day, answers, satisfied)
            SELECT organisation_id, day, sum(answers), sum(satisfied) FROM (%s) c GROUP BY 1, 2
            ON CONFLICT (day, organisation_id) DO UPDATE
              SET answers = t.answers + EXCLUDED.answers, satisfied = t.satisfied + EXCLUDED.satisfied""";

    private final JdbcClient jdbc;

    SatisfactionTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the answers to the counters of their day ({@code sign} 1), or takes them back ({@code -1}). */
    @Transactional
    void count(Collection<Long> answerIds, int sign) {
        if (answerIds.isEmpty()) {
            return;
        }
        for (String sql : new String[] {POINT.formatted(COUNTS), NETWORK.formatted(COUNTS)}) {
            jdbc.sql(sql).param("ids", answerIds).param("sign", sign).update();
        }
    }

    /**
     * The answers given from {@code from} to {@code to} (both included) at a point (null: the network), about an
     * organisation (null: any).
     */
    Satisfaction read(Long pointId, Long organisationId, LocalDate from, LocalDate to) {
        String sql = "SELECT coalesce(sum(answers), 0), coalesce(sum(satisfied), 0) FROM "
                + (pointId == null ? "survey_network_satisfaction_tally WHERE TRUE"
                : "survey_satisfaction_tally WHERE point_id = :point")
                + (organisationId == null ? "" : " AND organisation_id = :organisation")
                + " AND day BETWEEN :from AND :to";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", Date.valueOf(from)).param("to", Date.valueOf(to));
        if (pointId != null) {
            statement.param("point", pointId);
        }
        if (organisationId != null) {
            statement.param("organisation", organisationId);
        }
        return statement.query((rs, n) -> new Satisfaction(rs.getLong(1), rs.getLong(2))).single();
    }
}
