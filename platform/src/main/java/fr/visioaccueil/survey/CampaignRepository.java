package fr.visioaccueil.survey;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns and their questions, in plain SQL. */
@Repository
class CampaignRepository {

    private static final String CAMPAIGN = "SELECT id, name, starts_on, ends_on, version FROM survey_campaign ";
    private static final String QUESTION = "SELECT id, campaign_id, position, kind, label, required, choices, overall "
            + "FROM survey_question ";

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Campaign> all() {
        return jdbc.sql(CAMPAIGN + "ORDER BY starts_on DESC").query(CampaignRepository::campaign).list();
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql(CAMPAIGN + "WHERE id = :id").param("id", id).query(CampaignRepository::campaign).optional();
    }

    Optional<Campaign> activeOn(LocalDate day) {
        return jdbc.sql(CAMPAIGN + "WHERE :day BETWEEN starts_on AND ends_on").param("day", Date.valueOf(day))
                .query(CampaignRepository::campaign).optional();
    }

    boolean overlaps(LocalDate from, LocalDate to, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM survey_campaign WHERE id <> :id AND starts_on <= :to AND ends_on >= :from")
                .param("id", exceptId).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Long.class).single() > 0;
    }

    long insert(String name, LocalDate from, LocalDate to) {
        return jdbc.sql("INSERT INTO survey_campaign (name, starts_on, ends_on) VALUES (:name, :from, :to) RETURNING id")
                .param("name", name).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Long.class).single();
    }

    /** False when someone changed the campaign since {@code version} was read. */
    boolean updateEnd(long id, int version, LocalDate endsOn) {
        return jdbc.sql("UPDATE survey_campaign SET ends_on = :end, version = version + 1 WHERE id = :id AND version = :v")
                .param("end", Date.valueOf(endsOn)).param("id", id).param("v", version).update() == 1;
    }

    List<Question> questions(long campaignId) {
        return jdbc.sql(QUESTION + "WHERE campaign_id = :id ORDER BY position, id").param("id", campaignId)
                .query(CampaignRepository::question).list();
    }

    void insertQuestion(long campaignId, QuestionKind kind, String label, boolean required, List<String> choices,
                        boolean overall) {
        jdbc.sql("""
                INSERT INTO survey_question (campaign_id, position, kind, label, required, choices, overall)
                VALUES (:c, (SELECT coalesce(max(position), 0) + 1 FROM survey_question WHERE campaign_id = :c),
                        :kind, :label, :required, :choices, :overall)""")
                .param("c", campaignId).param("kind", kind.name()).param("label", label).param("required", required)
                .param("choices", String.join("\n", choices)).param("overall", overall).update();
    }

    void deleteQuestion(long campaignId, long questionId) {
        jdbc.sql("DELETE FROM survey_question WHERE id = :q AND campaign_id = :c")
                .param("q", questionId).param("c", campaignId).update();
    }

    void setPosition(long questionId, int position) {
        jdbc.sql("UPDATE survey_question SET position = :p WHERE id = :q").param("p", position).param("q", questionId)
                .update();
    }

    long answerCount(long campaignId) {
        return jdbc.sql("SELECT count(*) FROM survey_answer WHERE campaign_id = :c").param("c", campaignId)
                .query(Long.class).single();
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getInt("version"));
    }

    private static Question question(ResultSet rs, int row) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("campaign_id"), rs.getInt("position"),
                QuestionKind.valueOf(rs.getString("kind")), rs.getString("label"), rs.getBoolean("required"),
                Question.choicesOf(rs.getString("choices")), rs.getBoolean("overall"));
    }
}
