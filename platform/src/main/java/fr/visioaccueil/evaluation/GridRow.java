package fr.visioaccueil.evaluation;

import java.util.Arrays;

/**
 * One row of a weekly grid: a kind of service (visio interviews: one row per organisation) and its count for
 * each day from Monday to Sunday. {@code key} names the row in the correction form.
 */
record GridRow(String key, ServiceKind kind, long organisationId, String organisationName, int[] days) {

    static String keyOf(ServiceKind kind, long organisationId) {
        return kind == ServiceKind.VISIO ? kind.name() + "-" + organisationId : kind.name();
    }

    /** The correction form's field for one day of this row. */
    public String field(int day) {
        return "c-" + key + "-" + day;
    }

    public int total() {
        return Arrays.stream(days).sum();
    }
}
