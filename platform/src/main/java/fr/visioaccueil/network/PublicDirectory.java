package fr.visioaccueil.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds the public view of the points, with the partners present under a convention in force today. */
@Service
public class PublicDirectory {

    private final PointRepository points;
    private final ConventionRepository conventions;
    private final OrganisationRepository organisations;
    private final SharedPoints shared;
    private final Clock clock;

    PublicDirectory(PointRepository points, ConventionRepository conventions, OrganisationRepository organisations,
                    SharedPoints shared, Clock clock) {
        this.points = points;
        this.shared = shared;
        this.conventions = conventions;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Points of that commune (any when blank) offering that organisation (any when null), by name. */
    public List<PublicPoint> search(String commune, Long organisationId) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Organisation> byId = organisationsById();
        Map<Long, List<Convention>> current = conventions.findAll().stream()
                .filter(convention -> convention.isCurrentOn(today))
                .collect(Collectors.groupingBy(Convention::getPointId));
        return points.findAllByOrderByName().stream()
                .filter(point -> commune == null || commune.isBlank() || point.getCommune().equalsIgnoreCase(commune))
                .map(point -> toPublic(point, current.getOrDefault(point.getId(), List.of()), byId, today))
                .filter(point -> organisationId == null || point.offers(organisationId))
                .toList();
    }

    public Optional<PublicPoint> bySlug(String slug) {
        return shared.find(slug).map(this::toPublic);
    }

    public Optional<PublicPoint> byId(long id) {
        return points.findById(id).map(this::toPublic);
    }

    public List<String> communes() {
        return points.findAllByOrderByName().stream().map(Point::getCommune).distinct().sorted().toList();
    }

    private PublicPoint toPublic(Point point) {
        LocalDate today = LocalDate.now(clock);
        List<Convention> current = conventions.findByPointId(point.getId()).stream()
                .filter(convention -> convention.isCurrentOn(today)).toList();
        return toPublic(point, current, organisationsById(), today);
    }

    private PublicPoint toPublic(Point point, List<Convention> current, Map<Long, Organisation> byId, LocalDate today) {
        PointDetails d = point.details();
        List<PublicPoint.Partner> partners = current.stream()
                .map(convention -> partner(convention, byId.get(convention.getOrganisationId())))
                .sorted(Comparator.comparing(PublicPoint.Partner::name)).toList();
        return new PublicPoint(point.getId(), point.getSlug(), d.name(), d.commune(), d.address(), d.postcode(),
                d.hostType(), d.hostName(), d.confidentialRoom(),
                new PublicPoint.Equipment(d.hasCamera(), d.hasScanner(), d.hasPrinter()),
                d.accessibility(), d.phone(), d.email(), point.getOpeningHours(),
                point.getUpcomingClosures(today), partners, d.openData());
    }

    private PublicPoint.Partner partner(Convention convention, Organisation organisation) {
        return new PublicPoint.Partner(organisation.getId(), organisation.getName(), organisation.getShortName(),
                organisation.getCategory(), convention.terms().services(), convention.getPresences());
    }

    private Map<Long, Organisation> organisationsById() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }
}
