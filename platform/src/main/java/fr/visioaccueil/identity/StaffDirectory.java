package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public face of staff accounts for other modules: creating accounts, and who works where. */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    StaffDirectory(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Transactional
    public long create(NewStaffAccount account) {
        long id = jdbc.sql("""
                INSERT INTO staff_account (email, display_name, role, organisation_id, trained)
                VALUES (:email, :name, :role, :organisation, :trained) RETURNING id""")
                .param("email", account.email().strip()).param("name", account.displayName().strip())
                .param("role", account.role().name()).param("organisation", account.organisationId())
                .param("trained", account.trained()).query(Long.class).single();
        account.pointIds().forEach(point -> jdbc.sql("INSERT INTO staff_point (staff_account, point_id) VALUES (:a, :p)")
                .param("a", id).param("p", point).update());
        return id;
    }

    @Transactional
    public void setPassword(long accountId, String rawPassword) {
        jdbc.sql("UPDATE staff_account SET password_hash = :hash, failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("hash", encoder.encode(rawPassword)).param("id", accountId).update();
    }

    /** Mediators of that point marked as trained, for the France Services rule (at least two). */
    public int trainedMediatorsAt(long pointId) {
        return jdbc.sql("""
                SELECT count(*) FROM staff_account a JOIN staff_point p ON p.staff_account = a.id
                 WHERE p.point_id = :point AND a.role = :role AND a.trained AND a.enabled""")
                .param("point", pointId).param("role", StaffRole.MEDIATOR.name()).query(Integer.class).single();
    }

    public boolean hasAccounts() {
        return jdbc.sql("SELECT count(*) FROM staff_account").query(Long.class).single() > 0;
    }

    public Set<Long> pointsOf(long accountId) {
        return Set.copyOf(jdbc.sql("SELECT point_id FROM staff_point WHERE staff_account = :id")
                .param("id", accountId).query(Long.class).list());
    }
}
