package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.OpeningRange;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a point's weekly grid from the counters: desk kinds summed over the organisations, one visio row per
 * organisation under convention at the point (or counted there that week), and apart from the services, two
 * appointment rows summed over the organisations (booked, no-shows): an honoured appointment is already its visio
 * interview's row.
 */
@Service
class Grids {

    private final JdbcClient jdbc;
    private final Points points;
    private final Organisations organisations;
    private final Conventions conventions;
    private final WeekLocks locks;
    private final GridLog log;

    Grids(JdbcClient jdbc, Points points, Organisations organisations, Conventions conventions, WeekLocks locks,
          GridLog log) {
        this.jdbc = jdbc;
        this.points = points;
        this.organisations = organisations;
        this.conventions = conventions;
        this.locks = locks;
        this.log = log;
    }

    /** The point's name; a 404 for an id that names no point. */
    String pointName(long pointId) {
        return points.get(pointId).getName();
    }

    GridView view(long pointId, Week week) {
        Point point = points.get(pointId);
        Map<String, int[]> cells = cells(pointId, week);
        Set<Integer> openDays = point.getOpeningHours().stream().map(OpeningRange::day)
                .collect(Collectors.toCollection(TreeSet::new));
        List<GridRow> appointments = List.of(row(ServiceKind.APPOINTMENT, 0, null, cells),
                row(ServiceKind.NO_SHOW, 0, null, cells));
        return new GridView(pointId, point.getName(), week, rows(pointId, cells), appointments, openDays,
                locks.status(pointId, week), log.of(pointId, week));
    }

    private List<GridRow> rows(long pointId, Map<String, int[]> cells) {
        List<GridRow> rows = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.grid()) {
            if (kind != ServiceKind.VISIO) {
                rows.add(row(kind, 0, null, cells));
                continue;
            }
            Set<Long> visioOrganisations = conventions.ofPoint(pointId).stream()
                    .map(convention -> convention.getOrganisationId()).collect(Collectors.toSet());
            for (Organisation organisation : organisations.all()) {
                String key = GridRow.keyOf(kind, organisation.getId());
                if (visioOrganisations.contains(organisation.getId()) || cells.containsKey(key)) {
                    rows.add(row(kind, organisation.getId(), organisation.getShortName(), cells));
                }
            }
        }
        return rows;
    }

    private static GridRow row(ServiceKind kind, long organisationId, String name, Map<String, int[]> cells) {
        String key = GridRow.keyOf(kind, organisationId);
        return new GridRow(key, kind, organisationId, name, cells.getOrDefault(key, new int[7]));
    }

    /** Row key → counts from Monday to Sunday. */
    private Map<String, int[]> cells(long pointId, Week week) {
        Map<String, int[]> cells = new HashMap<>();
        jdbc.sql("""
                SELECT kind, organisation_id, day, services FROM evaluation_tally
                 WHERE point_id = :point AND day BETWEEN :monday AND :sunday""")
                .param("point", pointId).param("monday", week.monday()).param("sunday", week.sunday())
                .query(rs -> {
                    ServiceKind kind = ServiceKind.valueOf(rs.getString(1));
                    int day = (int) ChronoUnit.DAYS.between(week.monday(), rs.getDate(3).toLocalDate());
                    cells.computeIfAbsent(GridRow.keyOf(kind, rs.getLong(2)), key -> new int[7])[day] += rs.getInt(4);
                });
        return cells;
    }
}
