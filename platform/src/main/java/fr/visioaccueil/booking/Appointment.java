package fr.visioaccueil.booking;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A visio appointment (<i>rendez-vous</i>) of a citizen at a point with an agent. It guards its transitions:
 * only a booked appointment is cancelled, moved, opened or marked as a no-show. The slot it holds is guarded
 * by the database (no two active appointments of one agent overlap).
 */
@Table("appointment")
public class Appointment extends AbstractAggregateRoot<Appointment> {

    @Id
    private Long id;
    private long organisationId;
    private long pointId;
    private long permanenceId;
    private long agentAccountId;
    private long motifId;
    private Instant startsAt;
    private Instant endsAt;
    private String citizenName;
    private String citizenEmail;
    private String citizenPhone;
    private String contactKey;
    private AppointmentStatus status;
    private Party bookedBy;
    private Long bookedByAccount;
    private Instant bookedAt;
    private String manageTokenHash;
    private Long interviewId;
    private Party cancelledBy;
    private Instant changedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Appointment() {
    }

    static Appointment book(long pointId, Motif motif, Slot slot, Citizen citizen, Party by, Long account,
                            String tokenHash, Instant now) {
        Appointment appointment = new Appointment();
        appointment.organisationId = motif.organisationId();
        appointment.pointId = pointId;
        appointment.motifId = motif.id();
        appointment.take(slot);
        appointment.citizenName = citizen.name();
        appointment.citizenEmail = citizen.email();
        appointment.citizenPhone = citizen.phone();
        appointment.contactKey = citizen.contactKey();
        appointment.status = AppointmentStatus.BOOKED;
        appointment.bookedBy = by;
        appointment.bookedByAccount = account;
        appointment.bookedAt = now;
        appointment.manageTokenHash = tokenHash;
        return appointment;
    }

    /** The row the database inserted for it ({@link NewAppointments}): its id, and the version it starts at. */
    void inserted(long insertedId, int insertedVersion) {
        id = insertedId;
        version = insertedVersion;
    }

    /**
     * Told once the row is inserted, to carry the id the database gave. Published by the caller rather than by a
     * second save: that update would check the exclusion constraint again, against the rows of concurrent
     * bookings still in flight, and two such transactions could wait for each other (a deadlock, not a refusal).
     */
    AppointmentBooked booked(String motifLabel) {
        return new AppointmentBooked(id, pointId, organisationId, agentAccountId, motifLabel, startsAt, endsAt,
                bookedAt, bookedBy.name());
    }

    void cancel(Party by, Instant now) {
        requireBooked();
        status = AppointmentStatus.CANCELLED;
        cancelledBy = by;
        changedAt = now;
        registerEvent(new AppointmentCancelled(id, pointId, organisationId, startsAt, by.name(), now));
    }

    /** Same row, new range: the old slot is freed in the very statement that takes the new one. */
    void moveTo(Slot slot, Instant now) {
        requireBooked();
        Instant oldStart = startsAt;
        take(slot);
        changedAt = now;
        registerEvent(new AppointmentMoved(id, pointId, organisationId, oldStart, startsAt, now));
    }

    void noShow(Instant now) {
        requireBooked();
        if (now.isBefore(startsAt)) {
            throw new BookingRefused("booking.refused.notYet");
        }
        status = AppointmentStatus.NO_SHOW;
        changedAt = now;
        registerEvent(new AppointmentNoShow(id, pointId, organisationId, startsAt));
    }

    void honour(long openedInterviewId, Instant now) {
        requireBooked();
        status = AppointmentStatus.HONOURED;
        interviewId = openedInterviewId;
        changedAt = now;
        registerEvent(new AppointmentHonoured(id, pointId, organisationId, openedInterviewId, startsAt));
    }

    private void take(Slot slot) {
        permanenceId = slot.permanenceId();
        agentAccountId = slot.agentAccountId();
        startsAt = slot.start();
        endsAt = slot.end();
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new BookingRefused("booking.refused." + status.name().toLowerCase());
        }
    }

    /** Also readable by this package, so the events can be checked without a database. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getPointId() {
        return pointId;
    }

    public long getPermanenceId() {
        return permanenceId;
    }

    public long getAgentAccountId() {
        return agentAccountId;
    }

    public long getMotifId() {
        return motifId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public String getCitizenEmail() {
        return citizenEmail;
    }

    public String getCitizenPhone() {
        return citizenPhone;
    }

    String getContactKey() {
        return contactKey;
    }

    Long getBookedByAccount() {
        return bookedByAccount;
    }

    Instant getBookedAt() {
        return bookedAt;
    }

    String getManageTokenHash() {
        return manageTokenHash;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Party getBookedBy() {
        return bookedBy;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public Party getCancelledBy() {
        return cancelledBy;
    }

    /** The start as the people involved read it, in Paris time. */
    public ZonedDateTime getStart() {
        return startsAt.atZone(SlotCalendar.PARIS);
    }

    public ZonedDateTime getEnd() {
        return endsAt.atZone(SlotCalendar.PARIS);
    }

    public Integer getVersion() {
        return version;
    }
}
