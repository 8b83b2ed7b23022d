package fr.visioaccueil.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns conventions into rows naming their point and organisation, for the coordinator's and staff pages. */
@Component
class ConventionRows {

    private final Points points;
    private final Organisations organisations;
    private final Conventions conventions;
    private final Clock clock;

    ConventionRows(Points points, Organisations organisations, Conventions conventions, Clock clock) {
        this.points = points;
        this.organisations = organisations;
        this.conventions = conventions;
        this.clock = clock;
    }

    /** By point name, then organisation name. */
    List<ConventionRow> of(List<Convention> list) {
        Map<Long, Point> pointsById = points.all().stream().collect(Collectors.toMap(Point::getId, Function.identity()));
        Map<Long, Organisation> organisationsById = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        Set<Long> withDocument = conventions.withDocument();
        LocalDate today = LocalDate.now(clock);
        return list.stream()
                .map(convention -> row(convention, pointsById.get(convention.getPointId()),
                        organisationsById.get(convention.getOrganisationId()), today, withDocument))
                .sorted(Comparator.comparing(ConventionRow::pointName).thenComparing(ConventionRow::organisationName))
                .toList();
    }

    private static ConventionRow row(Convention convention, Point point, Organisation organisation, LocalDate today,
                                     Set<Long> withDocument) {
        ConventionTerms terms = convention.terms();
        return new ConventionRow(convention.getId(), point.getId(), point.getName(), organisation.getId(),
                organisation.getName(), organisation.getCategory(), terms.services(), terms.equipment(),
                terms.correspondentName(), terms.correspondentEmail(), terms.startsOn(), terms.endsOn(),
                terms.presences(), convention.isCurrentOn(today), withDocument.contains(convention.getId()));
    }
}
