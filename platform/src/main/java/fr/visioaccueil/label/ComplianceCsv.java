package fr.visioaccueil.label;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The network's compliance as a file for a spreadsheet: UTF-8 with a byte-order mark and semicolons, because
 * that is what Excel opens correctly in French without an import dialogue.
 */
@Component
class ComplianceCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]|^\\s|\\s$");
    // a cell starting like a formula would be run by the spreadsheet (CSV injection)
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    private final ReasonText text;

    ComplianceCsv(ReasonText text) {
        this.text = text;
    }

    byte[] write(List<PointCompliance> points, Locale locale) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, Stream.of("point", "commune", "ruleSet", "status", "reasons")
                .map(column -> text.of(Reason.of("label.csv." + column), locale)).toList());
        for (PointCompliance point : points) {
            String status = text.of(Reason.of(point.compliant() ? "label.status.compliant"
                    : "label.status.notCompliant"), locale);
            row(csv, List.of(point.pointName(), point.commune(), point.ruleSetName(), status,
                    String.join(" | ", point.reasons())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ComplianceCsv::cell).collect(Collectors.joining(";"))).append("\r\n");
    }

    static String cell(String value) {
        String safe = FORMULA.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
