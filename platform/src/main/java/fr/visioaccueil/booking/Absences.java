package fr.visioaccueil.booking;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Agents' absences, recorded and removed by their correspondent: their slots in that span are not offered. */
@Service
public class Absences {

    private static final String SELECT = "SELECT id, organisation_id, agent_account_id, starts_at, ends_at, reason"
            + " FROM agent_absence";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    Absences(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    public List<Absence> ofOrganisation(long organisationId, Instant after) {
        return jdbc.sql(SELECT + " WHERE organisation_id = :organisation AND ends_at > :after ORDER BY starts_at")
                .param("organisation", organisationId).param("after", Timestamp.from(after))
                .query(Absences::map).list();
    }

    /** An absence of the correspondent's own organisation; another one's is refused. */
    public Absence get(long id, StaffMember correspondent) {
        Absence absence = jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Absences::map).optional()
                .orElseThrow(() -> new NotFound("Absence", id));
        BookingScope.requireCorrespondent(correspondent, absence.organisationId());
        return absence;
    }

    /** The agent is available again: the span's slots are offered anew. */
    public void remove(long id, StaffMember correspondent) {
        get(id, correspondent);
        jdbc.sql("DELETE FROM agent_absence WHERE id = :id").param("id", id).update();
    }

    private static Absence map(ResultSet row, int n) throws SQLException {
        return new Absence(row.getLong(1), row.getLong(2), row.getLong(3), row.getTimestamp(4).toInstant(),
                row.getTimestamp(5).toInstant(), row.getString(6));
    }

    public long record(long organisationId, long agentAccountId, Instant start, Instant end, String reason,
                       StaffMember correspondent) {
        BookingScope.requireCorrespondent(correspondent, organisationId);
        if (!staff.partnersOf(organisationId).containsKey(agentAccountId)) {
            throw new BookingRefused("booking.permanence.agentsRefused");
        }
        if (!start.isBefore(end)) {
            throw new BookingRefused("booking.absence.order");
        }
        return jdbc.sql("""
                        INSERT INTO agent_absence (organisation_id, agent_account_id, starts_at, ends_at, reason)
                        VALUES (:organisation, :agent, :start, :end, :reason) RETURNING id""")
                .param("organisation", organisationId).param("agent", agentAccountId)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("reason", reason == null ? "" : reason.strip()).query(Long.class).single();
    }
}
