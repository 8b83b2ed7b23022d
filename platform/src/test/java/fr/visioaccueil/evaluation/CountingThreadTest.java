package fr.visioaccueil.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Bookings made at once at one point are counted one after the other by the counting thread, all of them, while the
 * other asynchronous work keeps the shared pool. November 2023, a month no other test of the shared database uses.
 */
@PlatformTest
class CountingThreadTest {

    static final int BOOKINGS = 40;

    @Autowired ApplicationContext context;
    @Autowired Grids grids;
    @Autowired @Qualifier(CountingConfiguration.EXECUTOR) ThreadPoolTaskExecutor counting;

    @Test
    void bookingsMadeAtOnceAreAllCountedByTheCountingThreadAlone() throws Exception {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        long bretenoux = fixtures.point("ESP@P Bretenoux");
        long caf = fixtures.organisation("CAF");
        long countedBefore = counting.getThreadPoolExecutor().getCompletedTaskCount();
        ExecutorService bookers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> bookings = new ArrayList<>();
            for (int i = 0; i < BOOKINGS; i++) {
                long appointment = 940_000 + i;
                Instant start = Instant.parse("2023-11-07T08:00:00Z").plusSeconds(1200L * i);
                bookings.add(bookers.submit(() -> fixtures.booked(appointment, bretenoux, caf, start)));
            }
            for (Future<?> booking : bookings) {
                booking.get(); // each waits until its own booking is counted
            }
        } finally {
            bookers.shutdown();
        }

        GridView week = grids.view(bretenoux, Week.parse("2023-W45").orElseThrow());
        assertThat(week.appointments().get(0).kind()).isEqualTo(ServiceKind.APPOINTMENT);
        assertThat(week.appointments().get(0).days()).containsExactly(0, BOOKINGS, 0, 0, 0, 0, 0);
        assertThat(counting.getThreadPoolExecutor().getCompletedTaskCount() - countedBefore)
                .isGreaterThanOrEqualTo(BOOKINGS);
        assertThat(counting.getThreadPoolExecutor().getLargestPoolSize()).isEqualTo(1);
        assertThat(context.getBean(AsyncConfigurer.class).getAsyncExecutor())
                .isSameAs(context.getBean("applicationTaskExecutor"));
    }
}
