package fr.visioaccueil.label;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Convention;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads, from the registry and the staff directory, what the label looks at. Nothing is kept between calls:
 * a change of hours or conventions shows in the very next judgement.
 */
@Component
class PointFactsReader {

    private final Points points;
    private final Conventions conventions;
    private final Organisations organisations;
    private final StaffDirectory staff;
    private final Clock clock;

    PointFactsReader(Points points, Conventions conventions, Organisations organisations, StaffDirectory staff,
                     Clock clock) {
        this.points = points;
        this.conventions = conventions;
        this.organisations = organisations;
        this.staff = staff;
        this.clock = clock;
    }

    /** The facts of one point; an unknown id is a {@link fr.visioaccueil.shared.NotFound}. */
    PointFacts of(long pointId) {
        return facts(points.get(pointId), conventions.ofPoint(pointId), organisationsById(), LocalDate.now(clock));
    }

    /** The facts of every point, in the registry's order. */
    List<PointFacts> all() {
        Map<Long, List<Convention>> byPoint = conventions.all().stream()
                .collect(Collectors.groupingBy(Convention::getPointId));
        Map<Long, Organisation> organisationsById = organisationsById();
        LocalDate today = LocalDate.now(clock);
        return points.all().stream()
                .map(point -> facts(point, byPoint.getOrDefault(point.getId(), List.of()), organisationsById, today))
                .toList();
    }

    private PointFacts facts(Point point, List<Convention> ofPoint, Map<Long, Organisation> organisationsById,
                             LocalDate today) {
        List<Partnership> partnerships = ofPoint.stream()
                .map(convention -> new Partnership(convention, organisationsById.get(convention.getOrganisationId())))
                .toList();
        return new PointFacts(point.getId(), point.getName(), point.getCommune(), point.schedule(), partnerships,
                staff.trainedMediatorsAt(point.getId()), today);
    }

    private Map<Long, Organisation> organisationsById() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }
}
