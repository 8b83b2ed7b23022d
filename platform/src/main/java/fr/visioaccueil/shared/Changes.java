package fr.visioaccueil.shared;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Describes, for the audit log, which fields changed between two snapshots of the same thing. */
public final class Changes {

    private Changes() {
    }

    /** "nom : A → B ; téléphone : (vide) → 05…", fields in the order of {@code after}. */
    public static String between(Map<String, ?> before, Map<String, ?> after) {
        return after.entrySet().stream()
                .filter(entry -> !Objects.equals(before.get(entry.getKey()), entry.getValue()))
                .map(entry -> entry.getKey() + " : " + shown(before.get(entry.getKey())) + " → " + shown(entry.getValue()))
                .collect(Collectors.joining(" ; "));
    }

    /** All fields of a new thing, "nom : A ; …". */
    public static String of(Map<String, ?> values) {
        return values.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !"".equals(entry.getValue()))
                .map(entry -> entry.getKey() + " : " + shown(entry.getValue()))
                .collect(Collectors.joining(" ; "));
    }

    private static String shown(Object value) {
        return value == null || "".equals(value) ? "(vide)" : String.valueOf(value);
    }
}
