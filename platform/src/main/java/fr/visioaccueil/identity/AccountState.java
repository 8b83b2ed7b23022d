package fr.visioaccueil.identity;

import java.time.Instant;

/** Where an account stands, as the coordinator's list shows it. */
enum AccountState {
    ACTIVE, INVITED, LOCKED, DISABLED;

    static AccountState of(StaffAccount account, Instant now) {
        if (!account.enabled()) {
            return DISABLED;
        }
        if (account.isLockedAt(now)) {
            return LOCKED;
        }
        return account.hasPassword() ? ACTIVE : INVITED;
    }

    /** The badge's colour class: green when usable, red when blocked, neutral while waiting. */
    public String getTone() {
        return switch (this) {
            case ACTIVE -> "ok";
            case INVITED -> "";
            case LOCKED, DISABLED -> "ko";
        };
    }
}
