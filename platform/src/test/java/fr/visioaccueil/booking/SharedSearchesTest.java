package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Searches of the same days asked while one runs share its answer; the next one after it searches again. */
class SharedSearchesTest {

    static final Motif MOTIF = new Motif(7, 1, "Prime d’activité", "", 20);
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final List<Slot> FOUND = List.of(new Slot(3, 4, Instant.parse("2026-12-01T08:00:00Z"),
            Instant.parse("2026-12-01T08:20:00Z")));

    final SharedSearches searches = new SharedSearches();
    final AtomicInteger searched = new AtomicInteger();

    @Test
    void aSearchAskedWhileOneRunsWaitsForItsAnswerAndTheNextSearchesAgain() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<Slot>> first = CompletableFuture.supplyAsync(() -> searches.free(MOTIF, 2, DAY, DAY, () -> {
            running.countDown();
            await(release);
            searched.incrementAndGet();
            return FOUND;
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<Slot>> second = CompletableFuture.supplyAsync(() -> searches.free(MOTIF, 2, DAY, DAY,
                () -> {
                    searched.incrementAndGet();
                    return List.of();
                }));
        Thread.sleep(100);
        assertThat(second).isNotDone();

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(FOUND);
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(FOUND);
        assertThat(searched).hasValue(1);
        assertThat(searches.free(MOTIF, 2, DAY, DAY, () -> {
            searched.incrementAndGet();
            return List.of();
        })).isEmpty();
        assertThat(searched).hasValue(2);
    }

    @Test
    void otherDaysOrAnotherPointAreSearchedOnTheirOwnAndAFailureIsNotKept() {
        assertThat(searches.free(MOTIF, 2, DAY, DAY, this::count)).isEqualTo(FOUND);
        assertThat(searches.free(MOTIF, 3, DAY, DAY, this::count)).isEqualTo(FOUND);
        assertThat(searches.free(MOTIF, 2, DAY.plusDays(1), DAY.plusDays(1), this::count)).isEqualTo(FOUND);
        assertThat(searches.free(MOTIF, 2, DAY, DAY.plusDays(6), this::count)).isEqualTo(FOUND);
        assertThat(searched).hasValue(4);
        assertThatThrownBy(() -> searches.free(MOTIF, 2, DAY, DAY, () -> {
            throw new IllegalStateException("base indisponible");
        })).hasMessage("base indisponible");
        assertThat(searches.free(MOTIF, 2, DAY, DAY, this::count)).isEqualTo(FOUND);
    }

    private List<Slot> count() {
        searched.incrementAndGet();
        return FOUND;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
