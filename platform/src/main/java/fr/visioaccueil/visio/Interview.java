package fr.visioaccueil.visio;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A visio interview (<i>entretien en visio</i>) between a point and a partner organisation, from the request to
 * the outcome. It guards its own transitions: one admission, one end, one outcome, in that order.
 */
@Table("interview")
public class Interview extends AbstractAggregateRoot<Interview> {

    static final int NOTE_MAX = 500;

    @Id
    private Long id;
    private long pointId;
    private long organisationId;
    private long requestedBy;
    private String motif;
    private String citizenName;
    private boolean privacyAcknowledged;
    private InterviewStatus status;
    private Instant requestedAt;
    private Instant admittedAt;
    private Long admittedBy;
    private Instant startedAt;
    private Instant endedAt;
    private Boolean motifConfirmed;
    private Outcome outcome;
    private String note;
    @Version
    private Integer version;

    @PersistenceCreator
    Interview() {
    }

    /** A new request; the citizen must have been shown the privacy notice, the name may stay unknown. */
    static Interview request(InterviewRequest request, long mediatorAccountId, Instant now) {
        if (!request.privacyAcknowledged()) {
            throw new InterviewRefused("visio.refused.privacy", "privacy notice not acknowledged");
        }
        Interview interview = new Interview();
        interview.pointId = request.pointId();
        interview.organisationId = request.organisationId();
        interview.requestedBy = mediatorAccountId;
        interview.motif = request.motif();
        interview.citizenName = request.citizenName() == null || request.citizenName().isBlank() ? null
                : request.citizenName().strip();
        interview.privacyAcknowledged = true;
        interview.status = InterviewStatus.WAITING;
        interview.requestedAt = now;
        return interview;
    }

    /**
     * An interview the agent opens for a booked appointment: admitted at once, never in the walk-in queue. The
     * privacy notice was part of the booking, told by the mediator or read online by the citizen.
     */
    static Interview openedForAppointment(InterviewRequest request, long agentAccountId, Instant now) {
        Interview interview = request(request, agentAccountId, now);
        interview.status = InterviewStatus.ADMITTED;
        interview.admittedBy = agentAccountId;
        interview.admittedAt = now;
        return interview;
    }

    /** Saved once so that the admission's event carries the id the database gave. */
    Interview admittedForAppointment() {
        registerEvent(new InterviewAdmitted(id, pointId, organisationId, admittedBy, requestedAt, admittedAt));
        return this;
    }

    /** Saved once so that the event carries the id the database gave. */
    Interview announced() {
        registerEvent(new InterviewRequested(id, pointId, organisationId, requestedAt));
        return this;
    }

    void admit(long agentAccountId, Instant now) {
        require(InterviewStatus.WAITING, "visio.refused.taken");
        status = InterviewStatus.ADMITTED;
        admittedBy = agentAccountId;
        admittedAt = now;
        registerEvent(new InterviewAdmitted(id, pointId, organisationId, agentAccountId, requestedAt, now));
    }

    /** Both sides are in the room; a second call (a side rejoining) keeps the first time. */
    void start(Instant now) {
        require(InterviewStatus.ADMITTED, "visio.refused.notRunning");
        if (startedAt == null) {
            startedAt = now;
        }
    }

    void end(Instant now) {
        require(InterviewStatus.ADMITTED, "visio.refused.notRunning");
        status = InterviewStatus.ENDED;
        endedAt = now;
        registerEvent(new InterviewEnded(id, pointId, organisationId, admittedBy, motif, requestedAt, admittedAt,
                startedAt, endedAt, duration()));
    }

    void recordOutcome(boolean confirmed, Outcome result, String shortNote) {
        require(InterviewStatus.ENDED, "visio.refused.notEnded");
        if (result == null || (shortNote != null && shortNote.length() > NOTE_MAX)) {
            throw new InterviewRefused("visio.refused.outcome", "outcome missing or note too long");
        }
        status = InterviewStatus.CLOSED;
        motifConfirmed = confirmed;
        outcome = result;
        note = shortNote == null ? "" : shortNote.strip();
        registerEvent(new InterviewOutcomeRecorded(id, pointId, organisationId, admittedBy, confirmed, result));
    }

    /** From the moment both sides met to the hang-up; zero if they never met. */
    Duration duration() {
        return startedAt == null || endedAt == null ? Duration.ZERO : Duration.between(startedAt, endedAt);
    }

    /** Also readable by this package, so the events can be checked without a database. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }

    private void require(InterviewStatus expected, String messageKey) {
        if (status != expected) {
            throw new InterviewRefused(messageKey, "interview " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public long getPointId() {
        return pointId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getMotif() {
        return motif;
    }

    /** Null when the citizen stays pseudonymous. */
    public String getCitizenName() {
        return citizenName;
    }

    public InterviewStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getAdmittedBy() {
        return admittedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Boolean getMotifConfirmed() {
        return motifConfirmed;
    }

    public String getNote() {
        return note;
    }

    public Integer getVersion() {
        return version;
    }
}
