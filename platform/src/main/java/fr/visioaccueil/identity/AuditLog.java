package fr.visioaccueil.identity;

import fr.visioaccueil.network.RegistryChanged;
import fr.visioaccueil.shared.CurrentStaff;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log (<i>journal des modifications</i>). Registry changes are written by a plain listener,
 * inside the transaction of the change itself: a change is never kept without its entry, nor the reverse.
 */
@Component
class AuditLog {

    static final String ACCOUNT = "ACCOUNT";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(RegistryChanged change) {
        write(change.actor(), change.action(), change.subjectType(), change.subjectId(), change.summary(),
                change.changes());
    }

    /** An account change made by the signed-in staff member (or by the platform itself). */
    void account(AuditAction action, long accountId, String summary, String changes) {
        account(CurrentStaff.actorName(), action, accountId, summary, changes);
    }

    void account(String actor, AuditAction action, long accountId, String summary, String changes) {
        write(actor, action.name(), ACCOUNT, accountId, summary, changes);
    }

    private void write(String actor, String action, String subjectType, long subjectId, String summary,
                       String changes) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, subject_type, subject_id, summary, changes)
                VALUES (:at, :actor, :action, :type, :id, :summary, :changes)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", cut(actor, 120))
                .param("action", cut(action, 20)).param("type", cut(subjectType, 40))
                .param("id", String.valueOf(subjectId)).param("summary", cut(summary, 300))
                .param("changes", changes == null ? "" : changes).update();
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
