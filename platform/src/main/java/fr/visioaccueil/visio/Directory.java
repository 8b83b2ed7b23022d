package fr.visioaccueil.visio;

import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The registry as the visio pages need it: names, contacts, and which organisations serve which points today. */
@Component
class Directory {

    private final Points points;
    private final Organisations organisations;
    private final Conventions conventions;
    private final Clock clock;

    Directory(Points points, Organisations organisations, Conventions conventions, Clock clock) {
        this.points = points;
        this.organisations = organisations;
        this.conventions = conventions;
        this.clock = clock;
    }

    Point point(long id) {
        return points.get(id);
    }

    Organisation organisation(long id) {
        return organisations.get(id);
    }

    List<Point> points(Collection<Long> ids) {
        return ids.stream().map(points::get).sorted(Comparator.comparing(Point::getName)).toList();
    }

    /** Organisations under a convention in force today at one of these points, by name. */
    List<Organisation> servingAny(Set<Long> pointIds) {
        LocalDate today = LocalDate.now(clock);
        return pointIds.stream().flatMap(point -> conventions.currentAt(point, today).stream())
                .map(convention -> convention.getOrganisationId()).distinct().map(organisations::get)
                .sorted(Comparator.comparing(Organisation::getName)).toList();
    }
}
