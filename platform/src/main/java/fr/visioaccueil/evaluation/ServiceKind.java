package fr.visioaccueil.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * A kind of service counted at a point: the rows of the weekly grid, in the grid's order, then the appointment
 * counters that only the dashboards show.
 */
public enum ServiceKind {
    DOCUMENTS, VISIO, ONLINE_HELP, INTERNET, SCAN_PRINT, INFORMATION, OTHER, APPOINTMENT, NO_SHOW;

    /** What the mediator adds by hand at the desk; visio interviews and appointments count themselves. */
    static List<ServiceKind> desk() {
        return List.of(DOCUMENTS, ONLINE_HELP, INTERNET, SCAN_PRINT, INFORMATION, OTHER);
    }

    static List<ServiceKind> grid() {
        return Arrays.stream(values()).filter(ServiceKind::inGrid).toList();
    }

    boolean inGrid() {
        return this != APPOINTMENT && this != NO_SHOW;
    }
}
