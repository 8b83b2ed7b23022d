package fr.visioaccueil.booking;

import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each organisation's motifs of appointment, with what to bring and the usual length. */
@Service
public class Motifs {

    private static final String SELECT = "SELECT id, organisation_id, label, to_bring, duration_minutes"
            + " FROM booking_motif";

    private final JdbcClient jdbc;

    Motifs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Motif> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " WHERE organisation_id = :organisation ORDER BY label")
                .param("organisation", organisationId).query(Motif.class).list();
    }

    public Motif get(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Motif.class).optional()
                .orElseThrow(() -> new NotFound("Motif", id));
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
}
