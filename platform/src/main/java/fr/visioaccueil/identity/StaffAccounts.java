package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts and the points of each mediator, read and written with plain SQL. */
@Repository
class StaffAccounts {

    private static final String SELECT = """
            SELECT id, email, display_name, role, organisation_id, password_hash, trained, enabled,
                   failed_attempts, locked_until, version FROM staff_account""";

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffAccount> findByEmail(String email) {
        return jdbc.sql(SELECT + " WHERE lower(email) = lower(:email)").param("email", email.strip())
                .query(this::map).optional();
    }

    Optional<StaffAccount> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    List<StaffAccount> all() {
        return jdbc.sql(SELECT + " ORDER BY role, display_name").query(this::map).list();
    }

    boolean emailTakenByOther(String email, long exceptId) {
        return jdbc.sql("SELECT count(*) FROM staff_account WHERE lower(email) = lower(:email) AND id <> :id")
                .param("email", email.strip()).param("id", exceptId).query(Long.class).single() > 0;
    }

    Set<Long> pointsOf(long accountId) {
        return new HashSet<>(jdbc.sql("SELECT point_id FROM staff_point WHERE staff_account = :id")
                .param("id", accountId).query(Long.class).list());
    }

    /** Every mediator's points at once, for the list of accounts. */
    Map<Long, Set<Long>> allPoints() {
        Map<Long, Set<Long>> points = new HashMap<>();
        jdbc.sql("SELECT staff_account, point_id FROM staff_point").query((rs, row) -> points
                .computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2))).list();
        return points;
    }

    /**
     * Counts one more failure in a single statement, so that parallel guesses cannot all read the same count;
     * once a lock has run out, counting starts again instead of locking at the next slip.
     *
     * @return the failures counted so far, 0 for an unknown e-mail
     */
    int recordFailure(String email, Instant now, int lockAfter, Duration lockFor) {
        return jdbc.sql("""
                UPDATE staff_account SET
                  failed_attempts = CASE WHEN locked_until <= :now THEN 1 ELSE failed_attempts + 1 END,
                  locked_until = CASE
                    WHEN (CASE WHEN locked_until <= :now THEN 1 ELSE failed_attempts + 1 END) >= :lockAfter
                      THEN :until
                    WHEN locked_until <= :now THEN NULL
                    ELSE locked_until END
                WHERE lower(email) = lower(:email) RETURNING failed_attempts""")
                .param("now", Timestamp.from(now)).param("lockAfter", lockAfter)
                .param("until", Timestamp.from(now.plus(lockFor))).param("email", email.strip())
                .query(Integer.class).optional().orElse(0);
    }

    void recordSuccess(long id) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("id", id).update();
    }

    private StaffAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new StaffAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                StaffRole.valueOf(rs.getString("role")), rs.getObject("organisation_id", Long.class),
                rs.getString("password_hash"), rs.getBoolean("trained"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), lockedUntil == null ? null : lockedUntil.toInstant(),
                rs.getInt("version"));
    }
}
