package fr.visioaccueil.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Concurrent searches of the free slots of the same days (one motif, one point, the same first and last day) share
 * one search: the first runs it, those arriving while it runs wait for its answer, and the next one after it
 * searches again. When many people rush for newly opened slots, every refused booking named the next free ones by
 * searching the same days again: a fifth of the JVM's samples in the profile of a 200-client race. The answer is
 * never older than the search in flight when one asked.
 */
final class SharedSearches {

    private record Span(long motifId, long pointId, LocalDate from, LocalDate to) {
    }

    private final Map<Span, CompletableFuture<List<Slot>>> inFlight = new ConcurrentHashMap<>();

    List<Slot> free(Motif motif, long pointId, LocalDate from, LocalDate to, Supplier<List<Slot>> search) {
        Span span = new Span(motif.id(), pointId, from, to);
        CompletableFuture<List<Slot>> mine = new CompletableFuture<>();
        CompletableFuture<List<Slot>> running = inFlight.putIfAbsent(span, mine);
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
            inFlight.remove(span, mine);
        }
    }
}
