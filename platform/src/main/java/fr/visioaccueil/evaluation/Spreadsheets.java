package fr.visioaccueil.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables for a spreadsheet. CSV: UTF-8 with a byte-order mark and semicolons, what Excel and LibreOffice
 * open correctly in French without an import dialogue (a comma is the French decimal separator); several tables
 * follow one another, each under its name. XLSX: one tab per table, numbers as numbers.
 */
final class Spreadsheets {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]|^\\s|\\s$");
    // a cell starting like a formula would be run by the spreadsheet (CSV injection)
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    private Spreadsheets() {
    }

    static byte[] csv(List<Sheet> sheets) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        for (Sheet sheet : sheets) {
            if (sheets.size() > 1) {
                line(csv, List.of(sheet.name()));
            }
            line(csv, List.copyOf(sheet.headers()));
            sheet.rows().forEach(row -> line(csv, row));
            if (sheets.size() > 1) {
                csv.append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Visio-Accueil", "1.0")) {
            for (Sheet sheet : sheets) {
                Worksheet tab = workbook.newWorksheet(tabName(sheet.name()));
                for (int c = 0; c < sheet.headers().size(); c++) {
                    tab.value(0, c, sheet.headers().get(c));
                    tab.style(0, c).bold().set();
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        cell(tab, r + 1, c, row.get(c));
                    }
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet tab, int row, int column, Object value) {
        if (value instanceof Number number) {
            tab.value(row, column, number);
        } else if (value != null) {
            tab.value(row, column, String.valueOf(value));
        }
    }

    /** Excel refuses tab names over 31 characters or with []:*?/\. */
    static String tabName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        csv.append(cells.stream().map(Spreadsheets::cell).collect(Collectors.joining(";"))).append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return String.format(java.util.Locale.FRANCE, "%.1f", number);
        }
        String text = String.valueOf(value);
        String safe = value instanceof Number || !FORMULA.matcher(text).find() ? text : "'" + text;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
