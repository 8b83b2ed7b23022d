package fr.visioaccueil.booking;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts a booked appointment in one written statement, within the limit of future appointments per contact. The
 * aggregate's generic save (its mapping, events and callbacks) was a fifth of a booking's own work when many people
 * rush for newly opened slots; changes to an appointment still go through {@link AppointmentRepository}.
 */
@Repository
class NewAppointments {

    private final JdbcClient jdbc;
    private final BookingProperties properties;

    NewAppointments(JdbcClient jdbc, BookingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Throws the database's refusal as it comes: a slot taken meanwhile is an exclusion violation. The limit is
     * counted by the insert itself, under a lock on the contact and organisation taken by the statement before it,
     * so that two tabs booking at once cannot both pass it; the lock ends with the transaction. The columns that
     * may be empty carry their type, so that an empty one costs no question to the database about it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Appointment insert(Appointment appointment) {
        if (appointment.getContactKey() != null) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key), :organisation)")
                    .param("key", appointment.getContactKey())
                    .param("organisation", (int) appointment.getOrganisationId()).query().singleRow();
        }
        List<long[]> inserted = jdbc.sql("""
                        INSERT INTO appointment (organisation_id, point_id, permanence_id, agent_account_id, motif_id,
                                                 starts_at, ends_at, citizen_name, citizen_email, citizen_phone,
                                                 contact_key, status, booked_by, booked_by_account, booked_at,
                                                 manage_token_hash)
                        SELECT :organisation, :point, :permanence, :agent, :motif, CAST(:start AS timestamptz),
                               CAST(:end AS timestamptz), :name, :email, :phone, :contact, :status, :by, :account,
                               CAST(:at AS timestamptz), :token
                         WHERE CAST(:contact AS varchar) IS NULL
                            OR (SELECT count(*) FROM appointment WHERE contact_key = :contact
                                   AND organisation_id = :organisation AND status = 'BOOKED' AND starts_at > :at) < :max
                        RETURNING id, version""")
                .param("organisation", appointment.getOrganisationId()).param("point", appointment.getPointId())
                .param("permanence", appointment.getPermanenceId()).param("agent", appointment.getAgentAccountId())
                .param("motif", appointment.getMotifId()).param("start", Timestamp.from(appointment.getStartsAt()))
                .param("end", Timestamp.from(appointment.getEndsAt())).param("name", appointment.getCitizenName())
                .param("email", appointment.getCitizenEmail(), Types.VARCHAR)
                .param("phone", appointment.getCitizenPhone(), Types.VARCHAR)
                .param("contact", appointment.getContactKey(), Types.VARCHAR)
                .param("status", appointment.getStatus().name()).param("by", appointment.getBookedBy().name())
                .param("account", appointment.getBookedByAccount(), Types.BIGINT)
                .param("at", Timestamp.from(appointment.getBookedAt()))
                .param("token", appointment.getManageTokenHash(), Types.VARCHAR)
                .param("max", properties.maxFuturePerContact())
                .query((row, n) -> new long[] {row.getLong(1), row.getInt(2)}).list();
        if (inserted.isEmpty()) {
            throw new BookingRefused("booking.refused.limit");
        }
        appointment.inserted(inserted.get(0)[0], (int) inserted.get(0)[1]);
        return appointment;
    }
}
