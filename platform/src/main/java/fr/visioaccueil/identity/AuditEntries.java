package fr.visioaccueil.identity;

import fr.visioaccueil.shared.NetworkTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log, newest first, a page at a time, optionally for one type of subject or one actor. */
@Repository
class AuditEntries {

    static final int PAGE_SIZE = 50;
    // the network's zone, not the JVM's: the journal reads the same on any server
    private static final ZoneId PARIS = NetworkTime.ZONE;
    private static final String FILTER = " WHERE (:type = '' OR subject_type = :type) AND (:actor = '' OR actor = :actor)";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param page 1 for the newest entries */
    List<AuditEntry> page(String type, String actor, int page) {
        return jdbc.sql("SELECT * FROM audit_entry" + FILTER + " ORDER BY occurred_at DESC, id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("type", type).param("actor", actor).param("limit", PAGE_SIZE)
                .param("offset", (long) (page - 1) * PAGE_SIZE).query(this::map).list();
    }

    int pageCount(String type, String actor) {
        long count = jdbc.sql("SELECT count(*) FROM audit_entry" + FILTER)
                .param("type", type).param("actor", actor).query(Long.class).single();
        return (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    List<String> subjectTypes() {
        return jdbc.sql("SELECT DISTINCT subject_type FROM audit_entry ORDER BY 1").query(String.class).list();
    }

    List<String> actors() {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_entry ORDER BY 1").query(String.class).list();
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant().atZone(PARIS),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("summary"), rs.getString("changes"));
    }
}
