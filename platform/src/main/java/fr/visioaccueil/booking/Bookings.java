package fr.visioaccueil.booking;

import fr.visioaccueil.shared.StaffMember;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books and moves appointments. Whether a slot is free is checked here for a clear answer, but decided by the
 * database: of concurrent attempts on one agent's time, the exclusion constraint lets exactly one through. A
 * booking checks its slot before its transaction begins: a slot already taken is refused without holding a
 * connection, which the writes of the bookings that may still win need when many people rush for the same slots.
 */
@Service
public class Bookings {

    /** PostgreSQL's exclusion_violation. */
    private static final String OVERLAP = "23P01";

    private final AppointmentRepository appointments;
    private final NewAppointments newAppointments;
    private final Motifs motifs;
    private final FreeSlots freeSlots;
    private final AppointmentNotices notices;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bookings(AppointmentRepository appointments, NewAppointments newAppointments, Motifs motifs,
             FreeSlots freeSlots, AppointmentNotices notices,
             PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.newAppointments = newAppointments;
        this.motifs = motifs;
        this.freeSlots = freeSlots;
        this.notices = notices;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /**
     * By the point's mediator ({@code mediator} given) or by the citizen online ({@code mediator} null). The row,
     * the event and the messages are written in one transaction.
     */
    public Booked book(BookingRequest request, StaffMember mediator) {
        if (mediator != null) {
            BookingScope.requireMediatorOf(mediator, request.pointId());
        }
        Motif motif = motifs.get(request.motifId());
        Slot slot = freeSlot(motif, request.pointId(), request.permanenceId(), request.start());
        String token = ManageTokens.create();
        Party by = mediator == null ? Party.CITIZEN : Party.POINT;
        Appointment appointment = Appointment.book(request.pointId(), motif, slot, request.citizen(), by,
                mediator == null ? null : mediator.accountId(), ManageTokens.hash(token), clock.instant());
        return transactions.execute(status -> {
            Appointment saved = guarded(() -> newAppointments.insert(appointment));
            events.publishEvent(saved.booked(motif.label()));
            notices.booked(saved, motif, token);
            return new Booked(saved, token);
        });
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
        Appointment saved = guarded(() -> appointments.save(appointment));
        notices.moved(saved, motif, oldStart, by);
        return saved;
    }

    private Slot freeSlot(Motif motif, long pointId, long permanenceId, Instant start) {
        if (!start.isAfter(clock.instant())) {
            throw new BookingRefused("booking.refused.past");
        }
        FreeSlots.SlotCheck check = freeSlots.check(motif, pointId, permanenceId, start);
        Permanence permanence = check.permanence();
        if (permanence.organisationId() != motif.organisationId() || !permanence.pointIds().contains(pointId)) {
            throw new BookingRefused("booking.refused.notServed");
        }
        return check.free().orElseThrow(SlotTaken::new);
    }

    private static Appointment guarded(Supplier<Appointment> write) {
        try {
            return write.get();
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
