package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Races decided by the database: one slot, one winner; a move and a booking on one slot, one winner. */
@PlatformTest
class BookingConcurrencyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;
    @Autowired
    JdbcClient jdbc;

    BookingFixtures fixtures;

    @BeforeEach
    void permanence() {
        fixtures = BookingFixtures.withPermanence(context);
    }

    @Test
    void fiftyThreadsOnOneSlotGiveExactlyOneBookingAndFortyNineCleanRefusals() throws Exception {
        Slot slot = fixtures.freeSlots().get(0);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Citizen citizen = new Citizen("Usager " + i, "usager" + i + "@exemple.fr", null);
            attempts.add(() -> bookings.book(fixtures.request(slot, citizen), null));
        }

        List<Object> outcomes = race(attempts);

        assertThat(outcomes).filteredOn(Booked.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(SlotTaken.class::isInstance).hasSize(49);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE permanence_id = :p")
                .param("p", fixtures.permanenceId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMoveRacingABookingForTheSameSlotLeavesEachAppointmentWithExactlyOneSlot() throws Exception {
        List<Slot> free = fixtures.freeSlots();
        for (int round = 0; round < 8; round++) {
            Slot from = free.get(2 * round);
            Slot target = free.get(2 * round + 1);
            Appointment moving = bookings.book(fixtures.request(from, new Citizen("Déplacé", null, null)), null)
                    .appointment();
            List<Object> outcomes = race(List.of(
                    () -> bookings.move(appointments.get(moving.getId()), target.permanenceId(), target.start(), Party.CITIZEN),
                    () -> bookings.book(fixtures.request(target, new Citizen("Concurrent", null, null)), null)));

            assertThat(outcomes).filteredOn(SlotTaken.class::isInstance).hasSize(1);
            long onTarget = jdbc.sql("SELECT count(*) FROM appointment WHERE agent_account_id = :a"
                            + " AND starts_at = :s AND status <> 'CANCELLED'")
                    .param("a", fixtures.agentId).param("s", java.sql.Timestamp.from(target.start()))
                    .query(Long.class).single();
            assertThat(onTarget).isEqualTo(1);
            Appointment after = appointments.get(moving.getId());
            boolean moved = outcomes.get(0) instanceof Appointment;
            assertThat(after.getStartsAt()).isEqualTo(moved ? target.start() : from.start());
            assertThat(after.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        }
    }

    @Test
    void oneContactBookingManySlotsAtOnceStaysWithinTheLimit() throws Exception {
        List<Slot> free = fixtures.freeSlots();
        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Slot slot = free.get(i);
            attempts.add(() -> bookings.book(fixtures.request(slot, new Citizen("Même personne",
                    "Meme.Personne@Exemple.fr", null)), null));
        }

        List<Object> outcomes = race(attempts);

        assertThat(outcomes).filteredOn(Booked.class::isInstance).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o instanceof BookingRefused refused
                && refused.messageKey().equals("booking.refused.limit")).hasSize(8);
    }

    /** Starts every attempt at once; each outcome is the result or the exception thrown. */
    static List<Object> race(List<Callable<Object>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt.call();
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
