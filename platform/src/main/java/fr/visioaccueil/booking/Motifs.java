package fr.visioaccueil.booking;

import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each organisation's motifs of appointment, with what to bring and the usual length. */
@Service
public class Motifs {

    private static final String SELECT = "SELECT id, organisation_id, label, to_bring, duration_minutes"
            + " FROM booking_motif";

    private final JdbcClient jdbc;
    /**
     * Motifs are created, never changed nor deleted, so a copy read once holds: each booking and each refusal read
     * its motif again, through the reflective record mapper, an eighth of a refused booking's own work.
     */
    private final Map<Long, Motif> byId = new ConcurrentHashMap<>();

    Motifs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Motif> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " WHERE organisation_id = :organisation ORDER BY label")
                .param("organisation", organisationId).query(Motifs::map).list();
    }

    public Motif get(long id) {
        Motif held = byId.get(id);
        if (held != null) {
            return held;
        }
        Motif read = jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Motifs::map).optional()
                .orElseThrow(() -> new NotFound("Motif", id));
        byId.put(id, read);
        return read;
    }

    public long create(long organisationId, String label, String toBring, int durationMinutes,
                       StaffMember correspondent) {
        BookingScope.requireCorrespondent(correspondent, organisationId);
        try {
            return jdbc.sql("""
                            INSERT INTO booking_motif (organisation_id, label, to_bring, duration_minutes)
                            VALUES (:organisation, :label, :bring, :minutes) RETURNING id""")
                    .param("organisation", organisationId).param("label", label.strip())
                    .param("bring", toBring == null ? "" : toBring.strip()).param("minutes", durationMinutes)
                    .query(Long.class).single();
        } catch (DuplicateKeyException sameLabel) {
            throw new BookingRefused("booking.motif.taken");
        }
    }

    private static Motif map(ResultSet row, int n) throws SQLException {
        return new Motif(row.getLong("id"), row.getLong("organisation_id"), row.getString("label"),
                row.getString("to_bring"), row.getInt("duration_minutes"));
    }
}
