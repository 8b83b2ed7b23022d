package fr.visioaccueil.evaluation;

import fr.visioaccueil.booking.AppointmentBooked;
import fr.visioaccueil.booking.AppointmentCancelled;
import fr.visioaccueil.booking.AppointmentMoved;
import fr.visioaccueil.booking.AppointmentNoShow;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.visio.InterviewEnded;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data for the evaluation, through the same door as the visio-guichet and the bookings: their public events
 * ({@link InterviewEnded}, {@link AppointmentBooked}…) published in a transaction, then waited for until the
 * (asynchronous) listener has counted them. Events may carry past days, which the booking module itself refuses.
 */
public final class EvaluationFixtures {

    private final ApplicationContext context;

    private EvaluationFixtures(ApplicationContext context) {
        this.context = context;
    }

    public static EvaluationFixtures of(ApplicationContext context) {
        return new EvaluationFixtures(context);
    }

    public long point(String name) {
        return context.getBean(Points.class).all().stream().filter(p -> p.getName().equals(name))
                .map(Point::getId).findFirst().orElseThrow();
    }

    public long organisation(String shortName) {
        return context.getBean(Organisations.class).all().stream().filter(o -> o.getShortName().equals(shortName))
                .map(Organisation::getId).findFirst().orElseThrow();
    }

    /** An interview requested {@code waitMinutes} before its admission, ended 20 minutes later at {@code end}. */
    public void ended(long interviewId, long pointId, long organisationId, Instant end, int waitMinutes) {
        Instant admitted = end.minus(Duration.ofMinutes(20));
        InterviewEnded event = new InterviewEnded(interviewId, pointId, organisationId, 1, "Test",
                admitted.minus(Duration.ofMinutes(waitMinutes)), admitted, admitted, end, Duration.ofMinutes(20));
        publish(event, "interview:" + interviewId);
    }

    /** An appointment of 20 minutes at {@code start}, booked by the point. */
    public void booked(long appointmentId, long pointId, long organisationId, Instant start) {
        publish(new AppointmentBooked(appointmentId, pointId, organisationId, 1, "Test", start,
                start.plus(Duration.ofMinutes(20)), start.minus(Duration.ofDays(7)), "POINT"),
                BookingCounting.source(appointmentId, "booked"));
    }

    public void cancelled(long appointmentId, long pointId, long organisationId, Instant start) {
        publish(new AppointmentCancelled(appointmentId, pointId, organisationId, start, "CITIZEN", start),
                BookingCounting.source(appointmentId, "cancelled"));
    }

    public void moved(long appointmentId, long pointId, long organisationId, Instant from, Instant to) {
        Instant at = from.minus(Duration.ofDays(1));
        publish(new AppointmentMoved(appointmentId, pointId, organisationId, from, to, at),
                BookingCounting.source(appointmentId, "moved:" + at.toEpochMilli()));
    }

    public void noShow(long appointmentId, long pointId, long organisationId, Instant start) {
        publish(new AppointmentNoShow(appointmentId, pointId, organisationId, start),
                BookingCounting.source(appointmentId, "no-show"));
    }

    private void publish(Object event, String source) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> context.publishEvent(event));
        awaitCounted(source);
    }

    public void awaitCounted(long interviewId) {
        awaitCounted("interview:" + interviewId);
    }

    private void awaitCounted(String source) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long deadline = System.currentTimeMillis() + 10_000;
        while (jdbc.sql("SELECT count(*) FROM evaluation_counted WHERE source = :s")
                .param("s", source).query(Long.class).single() == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(source + " was never counted");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
