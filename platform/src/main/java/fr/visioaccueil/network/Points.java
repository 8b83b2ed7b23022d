package fr.visioaccueil.network;

import fr.visioaccueil.shared.NotFound;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the network's points; every change is published for the audit log. Reads run in a read-only
 * transaction: loading a point's hours and closures while its row is being read needs the same connection, and
 * without one bound to the thread each read held one connection while waiting for a second, so that as many
 * concurrent readers as the pool has connections stalled the whole pool.
 */
@Service
@Transactional(readOnly = true)
public class Points {

    private final PointRepository points;
    private final ConventionRepository conventions;
    private final Territory territory;
    private final RegistryEvents events;
    private final SharedPoints shared;

    Points(PointRepository points, ConventionRepository conventions, Territory territory, RegistryEvents events,
           SharedPoints shared) {
        this.points = points;
        this.shared = shared;
        this.conventions = conventions;
        this.territory = territory;
        this.events = events;
    }

    public List<Point> all() {
        return points.findAllByOrderByName();
    }

    public Optional<Point> find(long id) {
        return points.findById(id);
    }

    public Point get(long id) {
        return points.findById(id).orElseThrow(() -> new NotFound("Point", id));
    }

    /** A shared copy, kept until the point changes: read it, never change it (change through this service). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Point> findBySlug(String slug) {
        return shared.find(slug);
    }

    /** By id, a shared copy like {@link #findBySlug}: for pages and messages that only read the point. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Point shown(long id) {
        return shared.find(id).orElseThrow(() -> new NotFound("Point", id));
    }

    @Transactional
    public Point create(PointDetails details) {
        checkCommunity(details);
        Point point = Point.create(details);
        point.setSlug(uniqueSlug(point.getSlug()));
        Point saved = points.save(point);
        events.created("POINT", saved.getId(), saved.getName(), details.asMap());
        return saved;
    }

    @Transactional
    public Point update(long id, int expectedVersion, PointDetails details) {
        checkCommunity(details);
        Point point = current(id, expectedVersion);
        Map<String, Object> before = point.details().asMap();
        point.update(details);
        Point saved = points.save(point);
        events.updated("POINT", id, saved.getName(), before, details.asMap());
        return saved;
    }

    @Transactional
    public Point replaceOpeningHours(long id, int expectedVersion, List<OpeningRange> ranges) {
        Point point = current(id, expectedVersion);
        Map<String, Object> before = Map.of("horaires", HoursText.of(point.getOpeningHours()));
        point.replaceOpeningHours(ranges);
        Point saved = points.save(point);
        events.updated("POINT", id, saved.getName(), before, Map.of("horaires", HoursText.of(saved.getOpeningHours())));
        return saved;
    }

    @Transactional
    public Point addClosure(long id, Closure closure) {
        Point point = get(id);
        point.addClosure(closure);
        Point saved = points.save(point);
        events.updated("POINT", id, saved.getName(), Map.of(), Map.of("fermeture ajoutée",
                closure.firstDay() + " – " + closure.lastDay() + " (" + closure.reason() + ")"));
        return saved;
    }

    /** Closures are named by their position, so the version guards against removing one that moved meanwhile. */
    @Transactional
    public Point removeClosure(long id, int expectedVersion, int index) {
        Point point = current(id, expectedVersion);
        Closure removed = point.removeClosure(index);
        Point saved = points.save(point);
        events.updated("POINT", id, saved.getName(), Map.of("fermeture", removed.firstDay() + " – " + removed.lastDay()),
                Map.of("fermeture", "supprimée"));
        return saved;
    }

    /**
     * Refuses to delete a point that conventions (or staff) still name. Staff accounts belong to another module,
     * so their reference is known from the database's foreign key rather than asked for.
     */
    @Transactional
    public void delete(long id) {
        Point point = get(id);
        if (conventions.existsByPointId(id)) {
            throw new InvalidChange("point", "point.delete.conventions");
        }
        try {
            points.delete(point);
        } catch (DataIntegrityViolationException referenced) {
            throw new InvalidChange("point", "point.delete.staff");
        }
        events.deleted("POINT", id, point.getName());
    }

    private Point current(long id, int expectedVersion) {
        Point point = get(id);
        if (point.getVersion() != expectedVersion) {
            throw new StaleChange();
        }
        return point;
    }

    private void checkCommunity(PointDetails details) {
        if (details.communityId() != null && !territory.hasCommunity(details.communityId())) {
            throw new InvalidChange("communityId", "point.community.unknown");
        }
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; points.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
