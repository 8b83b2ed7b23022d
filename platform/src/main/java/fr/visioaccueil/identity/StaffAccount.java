package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import java.time.Instant;

/** A staff account as stored; the password hash never leaves this module. */
record StaffAccount(long id, String email, String displayName, StaffRole role, Long organisationId,
                    String passwordHash, boolean trained, boolean enabled, int failedAttempts,
                    Instant lockedUntil, int version) {

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean hasPassword() {
        return passwordHash != null;
    }
}
