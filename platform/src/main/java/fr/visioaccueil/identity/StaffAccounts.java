package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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

    Set<Long> pointsOf(long accountId) {
        return new HashSet<>(jdbc.sql("SELECT point_id FROM staff_point WHERE staff_account = :id")
                .param("id", accountId).query(Long.class).list());
    }

    void recordFailure(long id, int attempts, Instant lockedUntil) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = :n, locked_until = :until WHERE id = :id")
                .param("n", attempts).param("until", lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .param("id", id).update();
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
