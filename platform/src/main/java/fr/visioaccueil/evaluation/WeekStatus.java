package fr.visioaccueil.evaluation;

import java.time.Instant;

/** Whether a point's week is validated (locked), by whom and when. */
record WeekStatus(Instant validatedAt, String validatedBy) {

    static final WeekStatus OPEN = new WeekStatus(null, null);

    public boolean validated() {
        return validatedAt != null;
    }

    /** When, on the network's clock (pages must not show the server's zone). */
    public java.time.LocalDateTime validatedAtLocal() {
        return validatedAt == null ? null : java.time.LocalDateTime.ofInstant(validatedAt, Week.ZONE);
    }
}
