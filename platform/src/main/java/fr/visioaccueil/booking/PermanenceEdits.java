package fr.visioaccueil.booking;

import fr.visioaccueil.network.StaleChange;
import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correspondent changes or ends a permanence. Booked appointments are never touched here: each holds its
 * agent's time on its own (the database's exclusion constraint), so a change cannot drop one, and a concurrent
 * booking cannot slip between a check and the change. Those the permanence no longer holds are listed instead.
 */
@Service
class PermanenceEdits {

    private final Permanences permanences;
    private final JdbcClient jdbc;
    private final Clock clock;

    PermanenceEdits(Permanences permanences, JdbcClient jdbc, Clock clock) {
        this.permanences = permanences;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The version a form opens the permanence at, for its optimistic lock. */
    int version(long id) {
        return jdbc.sql("SELECT version FROM permanence WHERE id = :id").param("id", id).query(Integer.class)
                .optional().orElseThrow(() -> new NotFound("Permanence", id));
    }

    /**
     * Replaces the permanence as a whole. Appointments already booked are rows of their own and stay as they
     * are, even those the new permanence no longer holds: the settings page lists them for the correspondent.
     */
    @Transactional
    void update(long id, int expectedVersion, PermanenceDraft draft, StaffMember correspondent) {
        BookingScope.requireCorrespondent(correspondent, permanences.get(id).organisationId());
        BookingScope.requireCorrespondent(correspondent, draft.organisationId());
        permanences.check(draft);
        int changed = jdbc.sql("""
                        UPDATE permanence SET slot_minutes = :slot, first_day = :first, last_day = :last,
                               version = version + 1 WHERE id = :id AND version = :version""")
                .param("slot", draft.slotMinutes()).param("first", draft.firstDay()).param("last", draft.lastDay())
                .param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleChange();
        }
        for (String table : List.of("permanence_agent", "permanence_point", "permanence_range")) {
            jdbc.sql("DELETE FROM " + table + " WHERE permanence_id = :id").param("id", id).update();
        }
        permanences.insertParts(id, draft);
    }

    /** No slot from {@code from} on: the last day becomes the day before; booked appointments are kept. */
    @Transactional
    void end(long id, int expectedVersion, LocalDate from, StaffMember correspondent) {
        Permanence permanence = permanences.get(id);
        BookingScope.requireCorrespondent(correspondent, permanence.organisationId());
        if (!from.isAfter(permanence.firstDay())) {
            throw new BookingRefused("booking.permanence.endBeforeStart");
        }
        if (from.isAfter(permanence.lastDay())) {
            throw new BookingRefused("booking.permanence.endAfterLast");
        }
        if (from.isBefore(LocalDate.now(clock.withZone(SlotCalendar.PARIS)))) {
            throw new BookingRefused("booking.permanence.endPast");
        }
        update(id, expectedVersion, new PermanenceDraft(permanence.organisationId(), permanence.slotMinutes(),
                permanence.firstDay(), from.minusDays(1), permanence.agentIds(), permanence.pointIds(),
                permanence.ranges()), correspondent);
    }

    /**
     * Only a permanence that has not started and never held an appointment goes; any other one is the record of
     * the appointments it held, and is ended instead. A booking in flight cannot slip through: the delete waits for
     * it, then the appointment's foreign key refuses the delete.
     */
    @Transactional
    void delete(long id, int expectedVersion, StaffMember correspondent) {
        Permanence permanence = permanences.get(id);
        BookingScope.requireCorrespondent(correspondent, permanence.organisationId());
        if (!permanence.firstDay().isAfter(LocalDate.now(clock.withZone(SlotCalendar.PARIS)))) {
            throw new BookingRefused("booking.permanence.deleteStarted");
        }
        if (version(id) != expectedVersion) {
            throw new StaleChange();
        }
        try {
            int deleted = jdbc.sql("""
                            DELETE FROM permanence WHERE id = :id
                               AND NOT EXISTS (SELECT 1 FROM appointment WHERE permanence_id = :id)""")
                    .param("id", id).update();
            if (deleted == 0) {
                throw new BookingRefused("booking.permanence.deleteBooked");
            }
        } catch (DataIntegrityViolationException booked) {
            throw new BookingRefused("booking.permanence.deleteBooked");
        }
    }

}
