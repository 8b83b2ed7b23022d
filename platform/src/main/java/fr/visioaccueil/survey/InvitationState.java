package fr.visioaccueil.survey;

import java.time.LocalDate;

/** Whether an invitation still opens the questionnaire on a given day, and why not. */
enum InvitationState {
    OPEN, UNKNOWN, USED, EXPIRED;

    /** The rule, apart from the database: a used link stays used, then an expired one is refused. */
    static InvitationState of(boolean known, boolean used, LocalDate expiresOn, LocalDate today) {
        if (!known) {
            return UNKNOWN;
        }
        if (used) {
            return USED;
        }
        return today.isAfter(expiresOn) ? EXPIRED : OPEN;
    }
}
