package fr.visioaccueil.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.booking.AppointmentBooked;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Other modules' changes counted with them: pending in the change's own transaction (nothing when it rolls back),
 * added to the counters by the folding worker, once per source however often told, all of them when made at once
 * at one point, and those left pending by a stop added at the next pass. November 2023, a month no other test of
 * the shared database uses.
 */
@PlatformTest
class CountingTest {

    static final int BOOKINGS = 40;
    static final Instant TUESDAY = Instant.parse("2023-11-07T08:00:00Z");

    @Autowired ApplicationContext context;
    @Autowired Grids grids;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void aChangeCountsOnceWithItsTransactionAndNotWhenItRollsBack() {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        long bretenoux = fixtures.point("ESP@P Bretenoux");
        long caf = fixtures.organisation("CAF");
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        Instant thursday = TUESDAY.plus(Duration.ofDays(2));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            context.publishEvent(booked(941_000, bretenoux, caf, thursday));
            throw new IllegalStateException("the booking failed after its event");
        })).hasMessageContaining("the booking failed");
        transactions.executeWithoutResult(status -> context.publishEvent(booked(941_001, bretenoux, caf, thursday)));
        assertThat(pendingOrCounted(941_001)).as("committed with its change").isTrue();
        fixtures.booked(941_001, bretenoux, caf, thursday);   // told again, once it was counted

        fixtures.booked(941_002, bretenoux, caf, thursday);   // waits until this last one is counted
        assertThat(pendingOrCounted(941_000)).isFalse();
        assertThat(appointmentsOfTheWeek(bretenoux)[3]).isEqualTo(2);
    }

    @Test
    void bookingsMadeAtOnceAtOnePointAllCount() throws Exception {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        long gourdon = fixtures.point("ESP@P Gourdon");
        long caf = fixtures.organisation("CAF");
        ExecutorService bookers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> bookings = new ArrayList<>();
            for (int i = 0; i < BOOKINGS; i++) {
                long appointment = 940_000 + i;
                Instant start = TUESDAY.plusSeconds(600L * i);
                bookings.add(bookers.submit(() -> fixtures.booked(appointment, gourdon, caf, start)));
            }
            for (Future<?> booking : bookings) {
                booking.get();   // each waits until its own booking is counted
            }
        } finally {
            bookers.shutdown();
        }
        assertThat(appointmentsOfTheWeek(gourdon)).containsExactly(0, BOOKINGS, 0, 0, 0, 0, 0);
    }

    @Test
    void countsLeftPendingAreAddedAtTheNextPass() {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        long catus = fixtures.point("ESP@P Catus");
        long caf = fixtures.organisation("CAF");
        jdbc.sql("""
                INSERT INTO evaluation_pending (source, part, point_id, organisation_id, kind, day, services, km,
                                                minutes, wait_seconds)
                VALUES (:source, 0, :point, :organisation, 'APPOINTMENT', DATE '2023-11-10', 1, 0, 0, 0)""")
                .param("source", BookingCounting.source(942_000, "booked")).param("point", catus)
                .param("organisation", caf).update();
        fixtures.booked(942_001, catus, caf, TUESDAY.plus(Duration.ofDays(3)));
        assertThat(pendingOrCounted(942_000)).isTrue();
        assertThat(appointmentsOfTheWeek(catus)).containsExactly(0, 0, 0, 0, 2, 0, 0);
    }

    private static AppointmentBooked booked(long appointmentId, long pointId, long organisationId, Instant start) {
        return new AppointmentBooked(appointmentId, pointId, organisationId, 1, "Test", start,
                start.plus(Duration.ofMinutes(20)), start.minus(Duration.ofDays(7)), "CITIZEN");
    }

    private boolean pendingOrCounted(long appointmentId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT FROM evaluation_pending WHERE source = :source)
                    OR EXISTS (SELECT FROM evaluation_counted WHERE source = :source)""")
                .param("source", BookingCounting.source(appointmentId, "booked")).query(Boolean.class).single();
    }

    private int[] appointmentsOfTheWeek(long pointId) {
        GridView week = grids.view(pointId, Week.parse("2023-W45").orElseThrow());
        GridRow appointments = week.appointments().get(0);
        assertThat(appointments.kind()).isEqualTo(ServiceKind.APPOINTMENT);
        return appointments.days();
    }
}
