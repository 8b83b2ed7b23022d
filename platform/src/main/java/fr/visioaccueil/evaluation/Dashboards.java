package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the dashboards from the counters (never from the raw records): one query per tile, over the network's
 * counters for the network and an organisation, over the point's own for a point.
 */
@Service
class Dashboards {

    static final String WEEKS = """
            SELECT date_trunc('week', day)::date, organisation_id, sum(services) FROM %s
             WHERE %s AND kind = 'VISIO' AND day BETWEEN :from AND :to GROUP BY 1, 2""";
    static final String KINDS = """
            SELECT kind, sum(services) FROM %s WHERE %s AND day BETWEEN :from AND :to GROUP BY kind""";
    static final String VISIO = """
            SELECT organisation_id, sum(services), sum(km), sum(minutes), sum(wait_seconds) FROM %s
             WHERE %s AND kind = 'VISIO' AND day BETWEEN :from AND :to GROUP BY organisation_id""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final SatisfactionTile satisfaction;
    private final EvaluationProperties properties;
    private final Clock clock;

    Dashboards(JdbcClient jdbc, Organisations organisations, SatisfactionTile satisfaction,
               EvaluationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.satisfaction = satisfaction;
        this.properties = properties;
        this.clock = clock;
    }

    Dashboard of(DashboardScope scope, Period period) {
        Map<Long, String> names = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getShortName, (a, b) -> a, TreeMap::new));
        Map<ServiceKind, Long> kinds = kinds(scope, period);
        Map<ServiceKind, Long> grid = new LinkedHashMap<>();
        ServiceKind.grid().forEach(kind -> grid.put(kind, kinds.getOrDefault(kind, 0L)));
        List<Dashboard.VisioLine> visio = visio(scope, period, names);
        List<String> shown = visio.stream().map(Dashboard.VisioLine::organisation).toList();
        Optional<SatisfactionTile.Satisfaction> satisfied = satisfaction.satisfaction(scope, period.from(), period.to());
        Map<ServiceKind, Long> due = period.elapsed(Week.dayOf(clock.instant()))
                .map(elapsed -> kinds(scope, elapsed)).orElse(Map.of());
        return new Dashboard(scope, period, weeks(scope, period, names, shown), shown, grid,
                kinds.getOrDefault(ServiceKind.APPOINTMENT, 0L), new Dashboard.NoShows(
                due.getOrDefault(ServiceKind.NO_SHOW, 0L), due.getOrDefault(ServiceKind.APPOINTMENT, 0L)),
                visio, satisfied, properties.co2KgPerKm());
    }

    private List<Dashboard.WeekLine> weeks(DashboardScope scope, Period period, Map<Long, String> names,
                                           List<String> shown) {
        Map<Week, long[]> weeks = new TreeMap<>(java.util.Comparator.comparing(Week::monday));
        for (Week week = Week.of(period.from()); !week.monday().isAfter(period.to()); week = week.next()) {
            weeks.put(week, new long[shown.size()]);
        }
        jdbc.sql(WEEKS.formatted(scope.table(), scope.filter())).params(params(scope, period)).query(rs -> {
            int column = shown.indexOf(names.getOrDefault(rs.getLong(2), "?"));
            long[] line = weeks.get(new Week(rs.getDate(1).toLocalDate()));
            if (column >= 0 && line != null) {
                line[column] += rs.getLong(3);
            }
        });
        List<Dashboard.WeekLine> lines = new ArrayList<>();
        weeks.forEach((week, counts) -> lines.add(new Dashboard.WeekLine(week,
                java.util.Arrays.stream(counts).boxed().toList())));
        return lines;
    }

    private Map<ServiceKind, Long> kinds(DashboardScope scope, Period period) {
        Map<ServiceKind, Long> kinds = new EnumMap<>(ServiceKind.class);
        jdbc.sql(KINDS.formatted(scope.table(), scope.filter())).params(params(scope, period))
                .query(rs -> {
                    kinds.merge(ServiceKind.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
                });
        return kinds;
    }

    private List<Dashboard.VisioLine> visio(DashboardScope scope, Period period, Map<Long, String> names) {
        return jdbc.sql(VISIO.formatted(scope.table(), scope.filter())).params(params(scope, period))
                .query((rs, n) -> new Dashboard.VisioLine(names.getOrDefault(rs.getLong(1), "?"), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list().stream().filter(line -> line.interviews() != 0)
                .sorted(java.util.Comparator.comparing(Dashboard.VisioLine::organisation)).toList();
    }

    private static Map<String, Object> params(DashboardScope scope, Period period) {
        return Map.of("scope", scope.id(), "from", period.from(), "to", period.to());
    }
}
