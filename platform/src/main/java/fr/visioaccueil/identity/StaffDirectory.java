package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The public face of staff accounts for other modules: creating accounts, and who works where. */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;
    private final AccountManagement management;
    private final Passwords passwords;

    StaffDirectory(JdbcClient jdbc, AccountManagement management, Passwords passwords) {
        this.jdbc = jdbc;
        this.management = management;
        this.passwords = passwords;
    }

    /**
     * Creates an account with the same checks as the coordinator's form, written to the audit log.
     *
     * @throws IllegalArgumentException when the account is not coherent (e-mail taken, a partner without
     *                                  organisation, a mediator without point…)
     */
    public long create(NewStaffAccount account) {
        try {
            return management.create(account);
        } catch (InvalidAccount refused) {
            throw new IllegalArgumentException("Compte refusé : " + refused.problems(), refused);
        }
    }

    public void setPassword(long accountId, String rawPassword) {
        passwords.set(accountId, rawPassword);
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

    /** The enabled partner accounts of an organisation, id to display name, by name. */
    public Map<Long, String> partnersOf(long organisationId) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, display_name FROM staff_account
                 WHERE organisation_id = :organisation AND enabled ORDER BY display_name, id""")
                .param("organisation", organisationId)
                .query((row, n) -> names.put(row.getLong("id"), row.getString("display_name"))).list();
        return names;
    }

    /** A staff member's name as shown to colleagues, or an empty string for an unknown id. */
    public String displayName(long accountId) {
        return jdbc.sql("SELECT display_name FROM staff_account WHERE id = :id").param("id", accountId)
                .query(String.class).optional().orElse("");
    }

    /** A staff member's e-mail address, or an empty string for an unknown id. */
    public String email(long accountId) {
        return jdbc.sql("SELECT email FROM staff_account WHERE id = :id").param("id", accountId)
                .query(String.class).optional().orElse("");
    }
}
