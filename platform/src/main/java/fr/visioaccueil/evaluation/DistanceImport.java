package fr.visioaccueil.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a distance table in CSV (the columns of the seed's table: community, seat, population, service, office
 * town, km, minutes, local offices; comma or semicolon), row by row, and lists every problem with its line
 * number. Nothing is imported unless every row is right.
 */
final class DistanceImport {

    static final String HEADER = "community,seat,population_1999,service,office_town,distance_km,drive_minutes,local_count";

    record Row(int line, String community, String seat, int population, String service, String officeTown, int km,
               int minutes, int localCount) {
    }

    /** A problem: the line, a message key and its argument. */
    record Problem(int line, String key, String argument) {
    }

    record Result(List<Row> rows, List<Problem> problems) {
    }

    private DistanceImport() {
    }

    static Result read(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = text.split("\r?\n");
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (lines.length < 2) {
            problems.add(new Problem(1, "evaluation.import.empty", ""));
            return new Result(rows, problems);
        }
        if (!lines[0].strip().replace(';', ',').equalsIgnoreCase(HEADER)) {
            problems.add(new Problem(1, "evaluation.import.header", HEADER));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                row(i + 1, lines[i], rows, problems);
            }
        }
        for (Row row : rows) {
            if (!seen.add(row.community() + "\u0000" + row.service())) {
                problems.add(new Problem(row.line(), "evaluation.import.duplicate", row.service()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Result(rows, problems);
    }

    private static void row(int line, String text, List<Row> rows, List<Problem> problems) {
        String[] cells = text.split(text.contains(";") ? ";" : ",", -1);
        if (cells.length != 8) {
            problems.add(new Problem(line, "evaluation.import.columns", String.valueOf(cells.length)));
            return;
        }
        int before = problems.size();
        String service = cells[3].strip().toUpperCase(java.util.Locale.ROOT);
        for (int c : new int[] {0, 1, 4}) {
            if (cells[c].isBlank() || cells[c].strip().length() > 120) {
                problems.add(new Problem(line, "evaluation.import.text", String.valueOf(c + 1)));
            }
        }
        if (!service.matches("[A-Z0-9_]{1,20}")) {
            problems.add(new Problem(line, "evaluation.import.service", cells[3].strip()));
        }
        int[] numbers = new int[4];
        int[] columns = {2, 5, 6, 7};
        for (int n = 0; n < 4; n++) {
            numbers[n] = number(line, columns[n], cells[columns[n]].strip(), problems);
        }
        if (problems.size() == before) {
            rows.add(new Row(line, cells[0].strip(), cells[1].strip(), numbers[0], service, cells[4].strip(),
                    numbers[1], numbers[2], numbers[3]));
        }
    }

    private static int number(int line, int column, String value, List<Problem> problems) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0 && number <= 10_000_000) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new Problem(line, "evaluation.import.number", String.valueOf(column + 1)));
        return 0;
    }
}
