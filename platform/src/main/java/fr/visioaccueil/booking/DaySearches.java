package fr.visioaccueil.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Concurrent searches of one day's free slots (one motif, one point) share one search: the first runs it, those
 * arriving while it runs wait for its answer, and the next one after it searches again. When many people rush for
 * newly opened slots, every refused booking named the next free ones by searching the same day again: a fifth of
 * the JVM's samples in the profile of a 200-client race. The answer is never older than the search in flight when
 * one asked.
 */
final class DaySearches {

    private record Day(long motifId, long pointId, LocalDate date) {
    }

    private final Map<Day, CompletableFuture<List<Slot>>> inFlight = new ConcurrentHashMap<>();

    List<Slot> free(Motif motif, long pointId, LocalDate date, Supplier<List<Slot>> search) {
        Day day = new Day(motif.id(), pointId, date);
        CompletableFuture<List<Slot>> mine = new CompletableFuture<>();
        CompletableFuture<List<Slot>> running = inFlight.putIfAbsent(day, mine);
        if (running != null) {
            return running.join();
        }
        try {
            List<Slot> found = search.get();
            mine.complete(found);
            return found;
        } catch (RuntimeException failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            inFlight.remove(day, mine);
        }
    }
}
