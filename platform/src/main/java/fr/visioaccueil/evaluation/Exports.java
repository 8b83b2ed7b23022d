package fr.visioaccueil.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Grids and dashboards as tables, then as a CSV or XLSX download; headings in the reader's language. */
@Component
class Exports {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MessageSource messages;

    Exports(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The grid as its page shows it: the services with their day totals, then the appointments counted from the
     * bookings (a table apart, as on the page: they are not services and stay out of the totals).
     */
    List<Sheet> grid(GridView grid, Locale locale) {
        List<List<Object>> services = new ArrayList<>(grid.rows().stream().map(row -> line(rowLabel(row, locale),
                row.days(), row.total())).toList());
        int[] dayTotals = grid.dayIndexes().stream().mapToInt(grid::dayTotal).toArray();
        services.add(line(text("evaluation.total", locale), dayTotals, grid.total()));
        List<List<Object>> appointments = grid.appointments().stream().map(row -> line(rowLabel(row, locale),
                row.days(), row.total())).toList();
        return List.of(
                new Sheet(grid.pointName() + " " + grid.week(), dayHeaders(grid, "evaluation.grid.service", locale),
                        services),
                new Sheet(text("evaluation.grid.appointments", locale) + " " + grid.week(),
                        dayHeaders(grid, "evaluation.grid.appointments", locale), appointments));
    }

    private List<String> dayHeaders(GridView grid, String first, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text(first, locale)));
        grid.days().forEach(day -> headers.add(day.toString()));
        headers.add(text("evaluation.total", locale));
        return headers;
    }

    private static List<Object> line(String label, int[] days, int total) {
        List<Object> line = new ArrayList<>(List.of(label));
        for (int count : days) {
            line.add(count);
        }
        line.add(total);
        return line;
    }

    List<Sheet> dashboard(Dashboard dashboard, Locale locale) {
        List<String> weekHeaders = new ArrayList<>(List.of(text("evaluation.week", locale)));
        weekHeaders.addAll(dashboard.organisations());
        weekHeaders.add(text("evaluation.total", locale));
        List<List<Object>> weeks = dashboard.weeks().stream().map(line -> {
            List<Object> row = new ArrayList<>(List.of(line.week().toString()));
            row.addAll(line.counts());
            row.add(line.total());
            return row;
        }).toList();
        List<List<Object>> kinds = dashboard.byKind().entrySet().stream()
                .map(entry -> List.<Object>of(text("evaluation.kind." + entry.getKey(), locale), entry.getValue()))
                .toList();
        List<List<Object>> visio = dashboard.visio().stream().map(line -> List.<Object>of(line.organisation(),
                line.interviews(), line.km(), line.minutes(), Trip.co2Kg(line.km(), dashboard.co2KgPerKm()),
                line.interviews() == 0 ? 0.0 : line.waitSeconds() / 60.0 / line.interviews())).toList();
        return List.of(
                new Sheet(text("evaluation.tile.weeks", locale), weekHeaders, weeks),
                new Sheet(text("evaluation.tile.kinds", locale), List.of(text("evaluation.grid.service", locale),
                        text("evaluation.count", locale)), kinds),
                new Sheet(text("evaluation.tile.travel", locale), List.of(text("evaluation.organisation", locale),
                        text("evaluation.interviews", locale), text("evaluation.km", locale),
                        text("evaluation.minutes", locale), text("evaluation.co2", locale),
                        text("evaluation.wait", locale)), visio));
    }

    String rowLabel(GridRow row, Locale locale) {
        String kind = text("evaluation.kind." + row.kind(), locale);
        return row.organisationName() == null ? kind : kind + " — " + row.organisationName();
    }

    static ResponseEntity<byte[]> download(String name, String format, List<Sheet> sheets) {
        boolean csv = "csv".equals(format);
        ContentDisposition attachment = ContentDisposition.attachment().filename(name + "." + format).build();
        return ResponseEntity.ok().contentType(csv ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .body(csv ? Spreadsheets.csv(sheets) : Spreadsheets.xlsx(sheets));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
