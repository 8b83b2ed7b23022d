package fr.visioaccueil.booking;

import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.visio.InterviewRequest;
import fr.visioaccueil.visio.InterviewStatus;
import fr.visioaccueil.visio.Interviews;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads appointments within each one's scope and records what happens to them: cancelled, opened, no-show. */
@Service
public class Appointments {

    private final AppointmentRepository appointments;
    private final Motifs motifs;
    private final Interviews interviews;
    private final AppointmentNotices notices;
    private final BookingProperties properties;
    private final Clock clock;

    Appointments(AppointmentRepository appointments, Motifs motifs, Interviews interviews,
                 AppointmentNotices notices, BookingProperties properties, Clock clock) {
        this.appointments = appointments;
        this.motifs = motifs;
        this.interviews = interviews;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    public Appointment get(long id) {
        return appointments.findById(id).orElseThrow(() -> new NotFound("Rendez-vous", id));
    }

    /** The appointment a personal link names; a forged or mistyped token names none. */
    public Appointment byToken(String token) {
        return appointments.findByManageTokenHash(ManageTokens.hash(token == null ? "" : token))
                .orElseThrow(ManageLinkRefused::new);
    }

    /** The point's mediator, the organisation's partners (for the agent) or nobody else may see it. */
    public Appointment visibleTo(long id, StaffMember member) {
        Appointment appointment = get(id);
        if (member.role().isPartner()) {
            BookingScope.requirePartnerOf(member, appointment);
        } else {
            BookingScope.requireMediatorOf(member, appointment.getPointId());
        }
        return appointment;
    }

    /** Appointments at these points not over yet, earliest first. */
    public List<Appointment> upcomingAt(Collection<Long> pointIds) {
        return appointments.findByPointIdInAndEndsAtAfterOrderByStartsAt(pointIds, clock.instant());
    }

    public List<Appointment> ofAgent(long agentAccountId, Instant from, Instant to) {
        return appointments.findByAgentAccountIdAndStartsAtBetweenOrderByStartsAt(agentAccountId, from, to);
    }

    /** Booked appointments not over yet that their permanence, changed since, no longer holds: kept, and shown. */
    public List<Appointment> outside(Permanence permanence) {
        return appointments.findByPermanenceIdAndStatusAndEndsAtAfterOrderByStartsAt(permanence.id(),
                AppointmentStatus.BOOKED, clock.instant()).stream().filter(a -> !permanence.holds(a)).toList();
    }

    /** Booked appointments not over yet that fall in the absence of their agent. */
    public List<Appointment> hitBy(Absence absence) {
        Instant now = clock.instant();
        return appointments.findByAgentAccountIdAndStatusAndStartsAtBeforeAndEndsAtAfterOrderByStartsAt(
                absence.agentAccountId(), AppointmentStatus.BOOKED, absence.end(),
                absence.start().isAfter(now) ? absence.start() : now);
    }

    @Transactional
    public Appointment cancel(Appointment appointment, Party by) {
        appointment.cancel(by, clock.instant());
        Appointment saved = save(appointment);
        notices.cancelled(saved, motifs.get(saved.getMotifId()), by);
        return saved;
    }

    @Transactional
    public Appointment noShow(long id, StaffMember agent) {
        Appointment appointment = visibleTo(id, agent);
        BookingScope.requirePartnerOf(agent, appointment);
        appointment.noShow(clock.instant());
        return save(appointment);
    }

    /** From a little before the start to the end: the interview opens admitted, and the point is told live. */
    @Transactional
    public long openInterview(long id, StaffMember agent) {
        Appointment appointment = visibleTo(id, agent);
        BookingScope.requirePartnerOf(agent, appointment);
        Instant now = clock.instant();
        if (now.isBefore(appointment.getStartsAt().minus(properties.openBefore()))
                || now.isAfter(appointment.getEndsAt())) {
            throw new BookingRefused("booking.refused.notNow");
        }
        Motif motif = motifs.get(appointment.getMotifId());
        long interviewId = interviews.openForAppointment(new InterviewRequest(appointment.getPointId(),
                appointment.getOrganisationId(), motif.label(), appointment.getCitizenName(), true), agent).getId();
        appointment.honour(interviewId, now);
        save(appointment);
        return interviewId;
    }

    /** The interview opened for the appointment is still on: the point may go (back) into the room. */
    public boolean interviewRunning(Appointment appointment) {
        return appointment.getInterviewId() != null
                && interviews.get(appointment.getInterviewId()).getStatus() == InterviewStatus.ADMITTED;
    }

    private Appointment save(Appointment appointment) {
        try {
            return appointments.save(appointment);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new BookingRefused("booking.refused.changed");
        }
    }
}
