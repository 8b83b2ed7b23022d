package fr.visioaccueil.survey;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which answers a results page or an export covers: a campaign (or all when null), the points (null = all of
 * them), one organisation (null = any), and a period of answer days, both included.
 */
record AnswerScope(Long campaignId, Set<Long> pointIds, Long organisationId, LocalDate from, LocalDate to) {

    /** The SQL condition on {@code survey_answer a}; its parameters are bound by {@link #bind}. */
    String where() {
        StringBuilder sql = new StringBuilder(" a.answered_on BETWEEN :from AND :to");
        if (campaignId != null) {
            sql.append(" AND a.campaign_id = :campaign");
        }
        if (pointIds != null) {
            sql.append(pointIds.isEmpty() ? " AND FALSE" : " AND a.point_id IN (:points)");
        }
        if (organisationId != null) {
            sql.append(" AND a.organisation_id = :organisation");
        }
        return sql.toString();
    }

    org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec statement) {
        statement.param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(to));
        if (campaignId != null) {
            statement.param("campaign", campaignId);
        }
        if (pointIds != null && !pointIds.isEmpty()) {
            statement.param("points", pointIds);
        }
        if (organisationId != null) {
            statement.param("organisation", organisationId);
        }
        return statement;
    }
}
