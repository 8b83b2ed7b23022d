package fr.visioaccueil.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The week's correction as typed: one number per cell (field {@code c-<row key>-<day 0..6>}) and the reason.
 * Kept as typed so that a page with errors shows back what was entered, with a message per wrong cell.
 */
final class CorrectionForm {

    static final int MAX_COUNT = 9999;
    static final int REASON_MAX = 300;

    private final Map<String, String> typed;
    private final String reason;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, int[]> numbers = new HashMap<>();

    CorrectionForm(Map<String, String> params, GridView grid) {
        this.typed = params;
        this.reason = params.getOrDefault("reason", "").strip();
        for (GridRow row : grid.rows()) {
            int[] days = row.days().clone();
            for (int day = 0; day < 7; day++) {
                String field = row.field(day);
                String value = params.get(field);
                if (value != null) {
                    days[day] = parse(field, value.strip());
                }
            }
            numbers.put(row.key(), days);
        }
        if (reason.isEmpty()) {
            errors.put("reason", "evaluation.correction.reason.required");
        } else if (reason.length() > REASON_MAX) {
            errors.put("reason", "evaluation.correction.reason.tooLong");
        }
    }

    private int parse(String field, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0 && number <= MAX_COUNT) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below like any other wrong value
        }
        errors.put(field, "evaluation.correction.number");
        return 0;
    }

    /** What the field holds now: as typed, or the grid's value when the form was not yet sent. */
    public String value(String field, int current) {
        return typed.getOrDefault(field, String.valueOf(current));
    }

    public String reason() {
        return reason;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public Map<String, int[]> numbers() {
        return numbers;
    }
}
