package fr.visioaccueil.booking;

import fr.visioaccueil.shared.StaffMember;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books and moves appointments. Whether a slot is free is checked here for a clear answer, but decided by the
 * database: of concurrent attempts on one agent's time, the exclusion constraint lets exactly one through.
 */
@Service
public class Bookings {

    /** PostgreSQL's exclusion_violation. */
    private static final String OVERLAP = "23P01";

    private final AppointmentRepository appointments;
    private final Motifs motifs;
    private final Permanences permanences;
    private final FreeSlots freeSlots;
    private final AppointmentNotices notices;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final BookingProperties properties;
    private final Clock clock;

    Bookings(AppointmentRepository appointments, Motifs motifs, Permanences permanences, FreeSlots freeSlots,
             AppointmentNotices notices, JdbcClient jdbc, ApplicationEventPublisher events,
             BookingProperties properties, Clock clock) {
        this.appointments = appointments;
        this.motifs = motifs;
        this.permanences = permanences;
        this.freeSlots = freeSlots;
        this.notices = notices;
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** By the point's mediator ({@code mediator} given) or by the citizen online ({@code mediator} null). */
    @Transactional
    public Booked book(BookingRequest request, StaffMember mediator) {
        if (mediator != null) {
            BookingScope.requireMediatorOf(mediator, request.pointId());
        }
        Motif motif = motifs.get(request.motifId());
        Slot slot = freeSlot(motif, request.pointId(), request.permanenceId(), request.start());
        requireUnderLimit(request.citizen().contactKey(), motif.organisationId());
        String token = ManageTokens.create();
        Party by = mediator == null ? Party.CITIZEN : Party.POINT;
        Appointment appointment = Appointment.book(request.pointId(), motif, slot, request.citizen(), by,
                mediator == null ? null : mediator.accountId(), ManageTokens.hash(token), clock.instant());
        Appointment saved = guarded(appointment);
        events.publishEvent(saved.booked(motif.label()));
        notices.booked(saved, motif, token);
        return new Booked(saved, token);
    }

    /**
     * One update of one row: the new slot is taken and the old one freed together, or nothing changes. The
     * citizen (through the link), the point or the agent moves it; the others are told.
     */
    @Transactional
    public Appointment move(Appointment appointment, long permanenceId, Instant start, Party by) {
        Instant oldStart = appointment.getStartsAt();
        Motif motif = motifs.get(appointment.getMotifId());
        appointment.moveTo(freeSlot(motif, appointment.getPointId(), permanenceId, start), clock.instant());
        Appointment saved = guarded(appointment);
        notices.moved(saved, motif, oldStart, by);
        return saved;
    }

    private Slot freeSlot(Motif motif, long pointId, long permanenceId, Instant start) {
        if (!start.isAfter(clock.instant())) {
            throw new BookingRefused("booking.refused.past");
        }
        Permanence permanence = permanences.get(permanenceId);
        if (permanence.organisationId() != motif.organisationId() || !permanence.pointIds().contains(pointId)) {
            throw new BookingRefused("booking.refused.notServed");
        }
        return freeSlots.freeAt(motif, pointId, permanence, start).orElseThrow(SlotTaken::new);
    }

    /**
     * Counted under a lock on the contact and organisation, so that two tabs booking at once cannot both pass
     * the limit; the lock ends with the transaction.
     */
    private void requireUnderLimit(String contactKey, long organisationId) {
        if (contactKey == null) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key), :organisation)").param("key", contactKey)
                .param("organisation", (int) organisationId).query().singleRow();
        long future = jdbc.sql("""
                        SELECT count(*) FROM appointment WHERE contact_key = :key AND organisation_id = :organisation
                           AND status = 'BOOKED' AND starts_at > :now""")
                .param("now", Timestamp.from(clock.instant())).param("key", contactKey).param("organisation", organisationId).query(Long.class).single();
        if (future >= properties.maxFuturePerContact()) {
            throw new BookingRefused("booking.refused.limit");
        }
    }

    private Appointment guarded(Appointment appointment) {
        try {
            return appointments.save(appointment);
        } catch (DataIntegrityViolationException | DbActionExecutionException refused) {
            if (isOverlap(refused)) {
                throw new SlotTaken();
            }
            throw refused;
        }
    }

    private static boolean isOverlap(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && OVERLAP.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
