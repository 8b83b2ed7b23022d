package fr.visioaccueil.identity;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes to staff accounts; every change of what the coordinator edits moves the version on. */
@Repository
class StaffAccountUpdates {

    private final JdbcClient jdbc;

    StaffAccountUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewStaffAccount account) {
        long id = jdbc.sql("""
                INSERT INTO staff_account (email, display_name, role, organisation_id, trained)
                VALUES (:email, :name, :role, :organisation, :trained) RETURNING id""")
                .param("email", account.email().strip()).param("name", account.displayName().strip())
                .param("role", account.role().name()).param("organisation", account.organisationId())
                .param("trained", account.trained()).query(Long.class).single();
        replacePoints(id, account.pointIds());
        return id;
    }

    /** @return false when someone else saved the account since {@code expectedVersion} was read */
    boolean update(long id, int expectedVersion, NewStaffAccount account) {
        int changed = jdbc.sql("""
                UPDATE staff_account SET email = :email, display_name = :name, role = :role,
                       organisation_id = :organisation, trained = :trained, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("email", account.email().strip()).param("name", account.displayName().strip())
                .param("role", account.role().name()).param("organisation", account.organisationId())
                .param("trained", account.trained()).param("id", id).param("version", expectedVersion).update();
        if (changed == 1) {
            replacePoints(id, account.pointIds());
        }
        return changed == 1;
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE staff_account SET enabled = :enabled, version = version + 1 WHERE id = :id")
                .param("enabled", enabled).param("id", id).update();
    }

    void unlock(long id) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("id", id).update();
    }

    void setPasswordHash(long id, String hash) {
        jdbc.sql("UPDATE staff_account SET password_hash = :hash, failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .param("hash", hash).param("id", id).update();
    }

    private void replacePoints(long id, Set<Long> pointIds) {
        jdbc.sql("DELETE FROM staff_point WHERE staff_account = :id").param("id", id).update();
        pointIds.forEach(point -> jdbc.sql("INSERT INTO staff_point (staff_account, point_id) VALUES (:a, :p)")
                .param("a", id).param("p", point).update());
    }
}
