package fr.visioaccueil.visio.documents;

import fr.visioaccueil.shared.StaffMember;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what with which document, and when: written with the operation it records, read by the coordinator. */
@Repository
class DocumentAccessLog {

    static final int PAGE_SIZE = 100;
    /** Written for the platform's own actions (the purge), as in the audit log. */
    static final String SYSTEM = "système";

    private final JdbcClient jdbc;

    DocumentAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry; {@code member} null for the system, ids null when the request named none that could be read. */
    void record(UUID documentId, Long interviewId, StaffMember member, DocumentAction action, String detail,
                Instant at) {
        jdbc.sql("""
                INSERT INTO document_access (document_id, interview_id, account_id, actor, action, detail, occurred_at)
                VALUES (:document, :interview, :account, :actor, :action, :detail, :at)""")
                .param("document", documentId).param("interview", interviewId)
                .param("account", member == null ? null : member.accountId())
                .param("actor", member == null ? SYSTEM : member.email()).param("action", action.name())
                .param("detail", detail).param("at", java.sql.Timestamp.from(at)).update();
    }

    /** The newest entries first, times in the network's zone. */
    List<DocumentAccess> latest(ZoneId zone) {
        return jdbc.sql("SELECT * FROM document_access ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("limit", PAGE_SIZE)
                .query((rs, n) -> new DocumentAccess(rs.getTimestamp("occurred_at").toInstant().atZone(zone),
                        rs.getString("actor"), (Long) rs.getObject("account_id"),
                        DocumentAction.valueOf(rs.getString("action")), rs.getString("detail"),
                        (Long) rs.getObject("interview_id"), (UUID) rs.getObject("document_id")))
                .list();
    }
}
