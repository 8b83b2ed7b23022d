package fr.visioaccueil.visio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The waiting queue of each organisation: requests not yet admitted, oldest first, and how long a newcomer may
 * expect to wait.
 */
@Service
public class WaitingQueue {

    /** Below this many measured interviews the median means little: the configured default is used instead. */
    static final int MIN_SAMPLES = 3;
    private static final int RECENT = 20;

    private final JdbcClient jdbc;
    private final VisioProperties properties;
    private final Clock clock;

    WaitingQueue(JdbcClient jdbc, VisioProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** One waiting request as the agents' queue shows it. */
    public record Entry(long interviewId, long pointId, String motif, Instant requestedAt, Duration waited) {

        public long waitedMinutes() {
            return waited.toMinutes();
        }
    }

    public List<Entry> of(long organisationId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT id, point_id, motif, requested_at FROM interview
                 WHERE organisation_id = :organisation AND status = 'WAITING' ORDER BY requested_at, id""")
                .param("organisation", organisationId)
                .query((row, n) -> {
                    Instant requested = row.getTimestamp("requested_at").toInstant();
                    return new Entry(row.getLong("id"), row.getLong("point_id"), row.getString("motif"), requested,
                            Duration.between(requested, now));
                }).list();
    }

    /** 1 for the next request to be taken; 0 when the interview is no longer waiting. */
    public int position(Interview interview) {
        if (interview.getStatus() != InterviewStatus.WAITING) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM interview WHERE organisation_id = :organisation AND status = 'WAITING'
                   AND (requested_at, id) <= (:requested, :id)""")
                .param("organisation", interview.getOrganisationId())
                .param("requested", java.sql.Timestamp.from(interview.getRequestedAt()))
                .param("id", interview.getId()).query(Integer.class).single();
    }

    /**
     * Position × the median length of the organisation's last twenty interviews (the median, because one very
     * long interview should not scare everyone off); the configured default while fewer than three are known.
     */
    public Duration expectedWait(Interview interview) {
        return typicalDuration(interview.getOrganisationId()).multipliedBy(position(interview));
    }

    Duration typicalDuration(long organisationId) {
        List<Double> seconds = jdbc.sql("""
                SELECT extract(epoch FROM ended_at - started_at) FROM interview
                 WHERE organisation_id = :organisation AND started_at IS NOT NULL AND ended_at IS NOT NULL
                 ORDER BY ended_at DESC LIMIT :recent""")
                .param("organisation", organisationId).param("recent", RECENT).query(Double.class).list();
        if (seconds.size() < MIN_SAMPLES) {
            return properties.defaultDuration();
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Duration.ofSeconds(Math.round(median));
    }

    /** Long enough without an agent that the point should be offered an appointment instead. */
    public boolean offerAppointment(Interview interview) {
        return interview.getStatus() == InterviewStatus.WAITING
                && Duration.between(interview.getRequestedAt(), clock.instant())
                .compareTo(properties.offerAppointmentAfter()) >= 0;
    }
}
