package fr.visioaccueil.network;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The points as their public pages load them, by slug: each step of the citizen's booking loaded the point's row,
 * opening hours and closures again (three queries and their mapping, a sixth of the page's controller time).
 */
@Component
class PointsBySlug {

    private final RegistryCache<String, Point> bySlug = new RegistryCache<>("POINT");
    private final PointRepository points;
    /** Loads the row, hours and closures on one connection (see {@link Points}); a hit takes no connection. */
    private final TransactionTemplate readOnly;

    PointsBySlug(PointRepository points, PlatformTransactionManager transactions) {
        this.points = points;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    Optional<Point> find(String slug) {
        return bySlug.find(slug, () -> readOnly.execute(status -> points.findBySlug(slug)));
    }

    @EventListener
    void on(RegistryChanged change) {
        bySlug.evictAfterCommit(change);
    }
}
