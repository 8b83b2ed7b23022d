package fr.visioaccueil.visio;

import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The visio-guichet's public service: request, admit, start, end and close interviews, within each one's scope. */
@Service
public class Interviews {

    private final InterviewRepository interviews;
    private final Conventions conventions;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Interviews(InterviewRepository interviews, Conventions conventions, Clock clock,
               PlatformTransactionManager transactions) {
        this.interviews = interviews;
        this.conventions = conventions;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Interview get(long id) {
        return interviews.findById(id).orElseThrow(() -> new NotFound("Entretien", id));
    }

    /** Only a mediator of that point, with an organisation under a convention in force there today. */
    @Transactional
    public Interview request(InterviewRequest request, StaffMember mediator) {
        if (mediator.role() != StaffRole.MEDIATOR || !mediator.pointIds().contains(request.pointId())) {
            throw new AccessDeniedToResource();
        }
        boolean convention = conventions.currentAt(request.pointId(), LocalDate.now(clock)).stream()
                .anyMatch(current -> current.getOrganisationId() == request.organisationId());
        if (!convention) {
            throw new InterviewRefused("visio.refused.noConvention", "no convention in force");
        }
        Interview saved = interviews.save(Interview.request(request, mediator.accountId(), clock.instant()));
        return interviews.save(saved.announced());
    }

    /**
     * Opens the interview of a booked appointment, straight into the room: the agent admits it themselves and
     * the point, told by the live updates, joins without queueing. Only a partner of that organisation.
     */
    @Transactional
    public Interview openForAppointment(InterviewRequest request, StaffMember agent) {
        if (!agent.role().isPartner() || !Long.valueOf(request.organisationId()).equals(agent.organisationId())) {
            throw new AccessDeniedToResource();
        }
        Interview saved = interviews.save(Interview.openedForAppointment(request, agent.accountId(), clock.instant()));
        return interviews.save(saved.admittedForAppointment());
    }

    /**
     * The first agent of the organisation wins; a concurrent second one is told it is already taken. The failed save
     * has marked the transaction rollback-only: the refusal must stay thrown (rolling back, nothing to keep), as
     * returning normally would fail at commit.
     */
    @Transactional
    public Interview admit(long id, StaffMember agent) {
        Interview interview = get(id);
        if (!agent.role().isPartner() || !Long.valueOf(interview.getOrganisationId()).equals(agent.organisationId())) {
            throw new AccessDeniedToResource();
        }
        interview.admit(agent.accountId(), clock.instant());
        try {
            return interviews.save(interview);
        } catch (OptimisticLockingFailureException concurrentAdmission) {
            throw new InterviewRefused("visio.refused.taken", "taken by another agent meanwhile");
        }
    }

    /**
     * Both sides joined the room (signaling); a rejoin keeps the first start. Ignored once ended. Not one
     * transaction: when both sides join at the same instant, the loser of the save simply finds it done. Apart
     * from the signaling's thread: the agent's offer follows the join on the heels of it and must not wait for
     * the database.
     */
    @Async
    public void bothSidesJoined(long id) {
        Interview interview = get(id);
        if (interview.getStatus() == InterviewStatus.ADMITTED && interview.getStartedAt() == null) {
            interview.start(clock.instant());
            try {
                interviews.save(interview);
            } catch (OptimisticLockingFailureException startedByTheOtherSide) {
                // the other side's join recorded the start (or a hang-up came first): nothing left to do
            }
        }
    }

    /**
     * Either side hung up; a second hang-up (the other side at the same instant, a retry) changes nothing. The save
     * runs in its own transaction so that {@link InterviewEnded} reaches the listeners of other modules, which only
     * hear events published inside a transaction; the race is caught outside it, where nothing is left to roll back.
     */
    public Interview hangUp(long id) {
        Interview interview = get(id);
        if (interview.getStatus() != InterviewStatus.ADMITTED) {
            return interview;
        }
        interview.end(clock.instant());
        try {
            return transaction.execute(status -> interviews.save(interview));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // ended by the other side, or only its start recorded (bothSidesJoined runs apart): look again
            return hangUp(id);
        }
    }

    /** Only the admitting agent records the outcome, once the interview has ended. */
    @Transactional
    public Interview recordOutcome(long id, StaffMember agent, boolean motifConfirmed, Outcome outcome, String note) {
        Interview interview = get(id);
        requireAdmittingAgent(interview, agent);
        interview.recordOutcome(motifConfirmed, outcome, note);
        return interviews.save(interview);
    }

    static void requireAdmittingAgent(Interview interview, StaffMember agent) {
        if (!Long.valueOf(agent.accountId()).equals(interview.getAdmittedBy())) {
            throw new AccessDeniedToResource();
        }
    }
}
