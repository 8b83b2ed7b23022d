package fr.visioaccueil.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The rows of a {@code VALUES} list, each value bound to a named parameter of its own: one statement then writes
 * what would otherwise take one round trip per row. Rows of several lists can share one map of parameters, each
 * list under its own name.
 */
public final class SqlValues {

    private final String name;
    private final Map<String, Object> params;
    private final List<String> rows = new ArrayList<>();

    public SqlValues(String name, Map<String, Object> params) {
        this.name = name;
        this.params = params;
    }

    public SqlValues add(Object... values) {
        StringJoiner row = new StringJoiner(", ", "(", ")");
        for (int column = 0; column < values.length; column++) {
            String parameter = name + rows.size() + "_" + column;
            params.put(parameter, values[column]);
            row.add(":" + parameter);
        }
        rows.add(row.toString());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows, separated by commas, to follow {@code VALUES}. */
    @Override
    public String toString() {
        return String.join(", ", rows);
    }
}
