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

    List<Sheet> grid(GridView grid, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text("evaluation.grid.service", locale)));
        grid.days().forEach(day -> headers.add(day.toString()));
        headers.add(text("evaluation.total", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            List<Object> line = new ArrayList<>(List.of(rowLabel(row, locale)));
            for (int count : row.days()) {
                line.add(count);
            }
            line.add(row.total());
            rows.add(line);
        }
        return List.of(new Sheet(grid.pointName() + " " + grid.week(), headers, rows));
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
