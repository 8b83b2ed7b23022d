package fr.visioaccueil.notification;

import fr.visioaccueil.shared.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: what is to be sent, claimed by a job, and what became of it. */
@Repository
class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the messages whose key is new, with their attachments, in one statement; a key already there, whatever
     * its status, is left as it is.
     */
    void add(List<Scheduled> messages, Instant now) {
        Map<String, Object> params = new HashMap<>();
        SqlValues notifications = new SqlValues("notification", params);
        SqlValues attachments = new SqlValues("attachment", params);
        for (Scheduled scheduled : messages) {
            Message message = scheduled.message();
            Email email = message instanceof Email mail ? mail : null;
            notifications.add(scheduled.key(), message.kind(), message.recipient(),
                    new SqlParameterValue(Types.VARCHAR, email == null ? null : email.subject()), message.text(),
                    at(scheduled.notBefore()), at(now));
            List<Attachment> files = email == null ? List.of() : email.attachments();
            for (int position = 0; position < files.size(); position++) {
                Attachment file = files.get(position);
                attachments.add(scheduled.key(), position, file.fileName(), file.contentType(), file.content());
            }
        }
        String insert = """
                INSERT INTO notification (notification_key, kind, recipient, subject, body, not_before, created_at)
                VALUES %s ON CONFLICT (notification_key) DO NOTHING""".formatted(notifications);
        jdbc.sql(attachments.isEmpty() ? insert : """
                WITH added AS (%s RETURNING id, notification_key)
                INSERT INTO notification_attachment (notification_id, position, file_name, content_type, content)
                SELECT added.id, a.position, a.file_name, a.content_type, a.content
                FROM added JOIN (VALUES %s) AS a (notification_key, position, file_name, content_type, content)
                  USING (notification_key)""".formatted(insert, attachments)).params(params).update();
    }

    /**
     * Marks due notifications as being sent and counts the attempt, in one statement: rows another job holds
     * are skipped, so two jobs never claim the same one. A claim older than {@code abandonedBefore} is taken
     * again: its node stopped before saying what became of it.
     */
    List<Claimed> claim(Instant now, Instant abandonedBefore, boolean withEmails, int batchSize) {
        return jdbc.sql("""
                        UPDATE notification SET status = 'sending', attempts = attempts + 1, claimed_at = :now
                        WHERE id IN (SELECT id FROM notification
                                     WHERE ((status = 'pending' AND not_before <= :now)
                                            OR (status = 'sending' AND claimed_at < :abandoned))
                                       AND (kind = 'sms' OR :withEmails)
                                     ORDER BY not_before LIMIT :batch FOR UPDATE SKIP LOCKED)
                        RETURNING id, kind, recipient, subject, body, attempts""")
                .param("now", at(now)).param("abandoned", at(abandonedBefore)).param("withEmails", withEmails)
                .param("batch", batchSize).query(this::claimed).list();
    }

    void sent(Claimed claimed, Instant now) {
        jdbc.sql("""
                        UPDATE notification SET status = 'sent', sent_at = :now, last_error = NULL
                        WHERE id = :id AND status = 'sending' AND attempts = :attempts""")
                .param("now", at(now)).param("id", claimed.id()).param("attempts", claimed.attempts()).update();
    }

    /** Back to pending until {@code retryAt}, or failed for good when {@code retryAt} is null. */
    void notSent(Claimed claimed, String error, Instant retryAt) {
        jdbc.sql("""
                        UPDATE notification SET status = CASE WHEN :retry THEN 'pending' ELSE 'failed' END,
                               not_before = COALESCE(:retryAt, not_before), last_error = :error
                        WHERE id = :id AND status = 'sending' AND attempts = :attempts""")
                .param("retry", retryAt != null).param("retryAt", retryAt == null ? null : at(retryAt))
                .param("error", error).param("id", claimed.id()).param("attempts", claimed.attempts()).update();
    }

    int cancelPending(String keyPrefix) {
        String pattern = keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        UPDATE notification SET status = 'cancelled'
                        WHERE status = 'pending' AND notification_key LIKE :pattern ESCAPE '\\'""")
                .param("pattern", pattern).update();
    }

    List<NotificationRow> recent(int limit) {
        return jdbc.sql("""
                        SELECT kind, recipient, subject, status, attempts, not_before, sent_at, created_at
                        FROM notification ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new NotificationRow(rs.getString("kind"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
                        instant(rs, "not_before"), instant(rs, "sent_at"), instant(rs, "created_at")))
                .list();
    }

    /** The claimed notification as the Email or Sms it was scheduled as. */
    Message message(Claimed claimed) {
        if ("sms".equals(claimed.kind())) {
            return new Sms(claimed.recipient(), claimed.body());
        }
        return new Email(claimed.recipient(), claimed.subject(), claimed.body(), attachments(claimed.id()));
    }

    private Claimed claimed(ResultSet rs, int row) throws SQLException {
        return new Claimed(rs.getLong("id"), rs.getInt("attempts"), rs.getString("kind"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body"));
    }

    private List<Attachment> attachments(long id) {
        return jdbc.sql("""
                        SELECT file_name, content_type, content FROM notification_attachment
                        WHERE notification_id = :id ORDER BY position""")
                .param("id", id).query((rs, row) -> new Attachment(rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content"))).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A notification this job now holds, with the attempt it is at. */
    record Claimed(long id, int attempts, String kind, String recipient, String subject, String body) {
    }
}
