package fr.visioaccueil.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a table as CSV. {@link #forSpreadsheets()} is for people: UTF-8 with a byte-order mark and semicolons,
 * which Excel opens correctly in French, and cells that look like a formula neutralised (CSV injection).
 * {@link #standard()} is for machines (open data): RFC 4180, commas, values untouched.
 */
public final class Csv {

    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    private final char separator;
    private final boolean forPeople;
    private final Pattern needsQuotes;

    private Csv(char separator, boolean forPeople) {
        this.separator = separator;
        this.forPeople = forPeople;
        this.needsQuotes = Pattern.compile("[" + separator + "\"\r\n]|^\\s|\\s$");
    }

    public static Csv forSpreadsheets() {
        return new Csv(';', true);
    }

    public static Csv standard() {
        return new Csv(',', false);
    }

    public byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(forPeople ? "\uFEFF" : "");
        row(csv, header);
        rows.forEach(row -> row(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(this::cell).collect(Collectors.joining(String.valueOf(separator))))
                .append("\r\n");
    }

    String cell(String value) {
        String text = value == null ? "" : value;
        String safe = forPeople && FORMULA.matcher(text).find() ? "'" + text : text;
        return needsQuotes.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
