package fr.visioaccueil.evaluation;

import java.time.Instant;

/** Whether a point's week is validated (locked), by whom and when. */
record WeekStatus(Instant validatedAt, String validatedBy) {

    static final WeekStatus OPEN = new WeekStatus(null, null);

    public boolean validated() {
        return validatedAt != null;
    }
}
