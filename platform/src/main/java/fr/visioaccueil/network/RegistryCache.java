package fr.visioaccueil.network;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Registry data that public pages read at each request (a point by its slug, an organisation, the network's
 * identity), kept in memory until a change of its subject is committed. Every change of the registry goes
 * through this module's services, which publish a {@link RegistryChanged}. The values held are shared: their
 * callers only read them.
 */
final class RegistryCache<K, V> {

    private final String subjectType;
    private final Map<K, V> values = new ConcurrentHashMap<>();
    /** Counts the evictions, so that a value loaded while a change was being committed is not kept. */
    private final AtomicLong evictions = new AtomicLong();

    RegistryCache(String subjectType) {
        this.subjectType = subjectType;
    }

    Optional<V> find(K key, Supplier<Optional<V>> loader) {
        V held = values.get(key);
        if (held != null) {
            return Optional.of(held);
        }
        long seen = evictions.get();
        Optional<V> loaded = loader.get();
        loaded.ifPresent(value -> {
            values.put(key, value);
            if (evictions.get() != seen) {
                values.remove(key, value);
            }
        });
        return loaded;
    }

    /** After the commit: evicted before it, the old value would be loaded again and kept meanwhile. */
    void evictAfterCommit(RegistryChanged change) {
        if (!subjectType.equals(change.subjectType())) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evict();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                evict();
            }
        });
    }

    private void evict() {
        evictions.incrementAndGet();
        values.clear();
    }
}
