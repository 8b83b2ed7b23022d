package fr.visioaccueil.network;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The points as pages and messages read them, by slug or by id, kept until a point changes: each step of the
 * citizen's booking loaded the point's row, opening hours and closures again (three queries and their mapping, a
 * sixth of the page's controller time), and composing one booking's confirmation loaded its point four times.
 */
@Component
class SharedPoints {

    private final RegistryCache<String, Point> bySlug = new RegistryCache<>("POINT");
    private final RegistryCache<Long, Point> byId = new RegistryCache<>("POINT");
    private final PointRepository points;
    /** Loads the row, hours and closures on one connection (see {@link Points}); a hit takes no connection. */
    private final TransactionTemplate readOnly;

    SharedPoints(PointRepository points, PlatformTransactionManager transactions) {
        this.points = points;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    Optional<Point> find(String slug) {
        return bySlug.find(slug, () -> readOnly.execute(status -> points.findBySlug(slug)));
    }

    Optional<Point> find(long id) {
        return byId.find(id, () -> readOnly.execute(status -> points.findById(id)));
    }

    @EventListener
    void on(RegistryChanged change) {
        bySlug.evictAfterCommit(change);
        byId.evictAfterCommit(change);
    }
}
