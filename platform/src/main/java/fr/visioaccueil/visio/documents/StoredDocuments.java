package fr.visioaccueil.visio.documents;

import fr.visioaccueil.visio.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sealed documents of interviews; lists leave the content out. */
@Repository
class StoredDocuments {

    private static final String WITHOUT_CONTENT = "id, interview_id, side, sent_by, media_type, size, sealed_name, "
            + "NULL::bytea AS sealed_content, uploaded_at";

    private final JdbcClient jdbc;

    StoredDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredDocument document) {
        jdbc.sql("""
                INSERT INTO interview_document (id, interview_id, side, sent_by, media_type, size, sealed_name,
                                                sealed_content, uploaded_at)
                VALUES (:id, :interview, :side, :sentBy, :type, :size, :name, :content, :at)""")
                .param("id", document.id()).param("interview", document.interviewId())
                .param("side", document.side().name()).param("sentBy", document.sentBy())
                .param("type", document.type().mediaType()).param("size", document.size())
                .param("name", document.sealedName()).param("content", document.sealedContent())
                .param("at", Timestamp.from(document.uploadedAt())).update();
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.sql("SELECT * FROM interview_document WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Oldest first, as they were sent. */
    List<StoredDocument> ofInterview(long interviewId) {
        return jdbc.sql("SELECT " + WITHOUT_CONTENT + " FROM interview_document WHERE interview_id = :interview"
                        + " ORDER BY uploaded_at, id")
                .param("interview", interviewId).query(this::map).list();
    }

    /**
     * Deletes the documents whose interview ended before {@code endedBefore}, and those of interviews that never
     * ended uploaded before {@code uploadedBefore}; gives back what was deleted, for the log.
     */
    List<StoredDocument> deleteExpired(Instant endedBefore, Instant uploadedBefore) {
        return jdbc.sql("""
                DELETE FROM interview_document d USING interview i
                 WHERE i.id = d.interview_id
                   AND (i.ended_at <= :endedBefore OR (i.ended_at IS NULL AND d.uploaded_at <= :uploadedBefore))
                RETURNING d.id, d.interview_id, d.side, d.sent_by, d.media_type, d.size, d.sealed_name,
                          NULL::bytea AS sealed_content, d.uploaded_at""")
                .param("endedBefore", Timestamp.from(endedBefore)).param("uploadedBefore", Timestamp.from(uploadedBefore))
                .query(this::map).list();
    }

    private StoredDocument map(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getObject("id", UUID.class), rs.getLong("interview_id"),
                Side.valueOf(rs.getString("side")), rs.getLong("sent_by"),
                DocumentType.ofMediaType(rs.getString("media_type")), rs.getInt("size"), rs.getBytes("sealed_name"),
                rs.getBytes("sealed_content"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
