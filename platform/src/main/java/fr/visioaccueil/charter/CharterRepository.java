package fr.visioaccueil.charter;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commitments and assessments in plain SQL; evidence files are read only when downloaded. */
@Repository
class CharterRepository {

    private static final String ASSESSMENT = "SELECT point_id, commitment_id, arrangements, status, evidence, "
            + "file_name, updated_on, version FROM charter_assessment ";

    private final JdbcClient jdbc;

    CharterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Commitment> commitments() {
        return jdbc.sql("SELECT id, theme, position, text, version FROM charter_commitment ORDER BY position, id")
                .query(CharterRepository::commitment).list();
    }

    Optional<Commitment> commitment(long id) {
        return jdbc.sql("SELECT id, theme, position, text, version FROM charter_commitment WHERE id = :id")
                .param("id", id).query(CharterRepository::commitment).optional();
    }

    long insertCommitment(Theme theme, String text) {
        return jdbc.sql("""
                INSERT INTO charter_commitment (theme, position, text)
                VALUES (:theme, (SELECT coalesce(max(position), 0) + 1 FROM charter_commitment), :text) RETURNING id""")
                .param("theme", theme.name()).param("text", text).query(Long.class).single();
    }

    boolean updateCommitment(long id, int version, Theme theme, String text) {
        return jdbc.sql("""
                UPDATE charter_commitment SET theme = :theme, text = :text, version = version + 1
                WHERE id = :id AND version = :version""").param("theme", theme.name()).param("text", text)
                .param("id", id).param("version", version).update() == 1;
    }

    void deleteCommitment(long id) {
        jdbc.sql("DELETE FROM charter_commitment WHERE id = :id").param("id", id).update();
    }

    List<Assessment> assessments() {
        return jdbc.sql(ASSESSMENT).query(CharterRepository::assessment).list();
    }

    List<Assessment> assessmentsOf(long pointId) {
        return jdbc.sql(ASSESSMENT + "WHERE point_id = :point").param("point", pointId)
                .query(CharterRepository::assessment).list();
    }

    Optional<Assessment> assessment(long pointId, long commitmentId) {
        return jdbc.sql(ASSESSMENT + "WHERE point_id = :point AND commitment_id = :commitment")
                .param("point", pointId).param("commitment", commitmentId).query(CharterRepository::assessment)
                .optional();
    }

    /** Inserts the first assessment ({@code version} null) or updates the one read at {@code version}. */
    boolean save(Assessment assessment, Integer version) {
        String sql = version == null ? """
                INSERT INTO charter_assessment (point_id, commitment_id, arrangements, status, evidence, updated_on)
                VALUES (:point, :commitment, :arrangements, :status, :evidence, :day) ON CONFLICT DO NOTHING"""
                : """
                UPDATE charter_assessment SET arrangements = :arrangements, status = :status, evidence = :evidence,
                       updated_on = :day, version = version + 1
                WHERE point_id = :point AND commitment_id = :commitment AND version = :version""";
        return jdbc.sql(sql).param("point", assessment.pointId()).param("commitment", assessment.commitmentId())
                .param("arrangements", assessment.arrangements()).param("status", assessment.status().name())
                .param("evidence", assessment.evidence()).param("day", Date.valueOf(assessment.updatedOn()))
                .param("version", version == null ? 0 : version).update() == 1;
    }

    void saveFile(long pointId, long commitmentId, EvidenceFile file) {
        jdbc.sql("""
                UPDATE charter_assessment SET file_name = :name, file_type = :type, file_content = :content
                WHERE point_id = :point AND commitment_id = :commitment""").param("name", file.fileName())
                .param("type", file.contentType()).param("content", file.content()).param("point", pointId)
                .param("commitment", commitmentId).update();
    }

    Optional<EvidenceFile> file(long pointId, long commitmentId) {
        return jdbc.sql("""
                SELECT file_name, file_type, file_content FROM charter_assessment
                WHERE point_id = :point AND commitment_id = :commitment AND file_content IS NOT NULL""")
                .param("point", pointId).param("commitment", commitmentId)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static Commitment commitment(ResultSet rs, int row) throws SQLException {
        return new Commitment(rs.getLong("id"), Theme.valueOf(rs.getString("theme")), rs.getInt("position"),
                rs.getString("text"), rs.getInt("version"));
    }

    private static Assessment assessment(ResultSet rs, int row) throws SQLException {
        LocalDate updated = rs.getDate("updated_on").toLocalDate();
        return new Assessment(rs.getLong("point_id"), rs.getLong("commitment_id"), rs.getString("arrangements"),
                Status.valueOf(rs.getString("status")), rs.getString("evidence"), rs.getString("file_name"),
                updated, rs.getInt("version"));
    }
}
