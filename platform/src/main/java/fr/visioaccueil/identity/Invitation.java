package fr.visioaccueil.identity;

import java.time.Instant;

/** A one-time link to choose a password, ready to be sent to the person (the raw token lives only here). */
record Invitation(long accountId, String email, String displayName, String link, Instant expiresAt) {
}
