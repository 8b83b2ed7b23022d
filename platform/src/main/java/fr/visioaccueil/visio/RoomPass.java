package fr.visioaccueil.visio;

import java.time.Instant;

/** What a verified room pass says: who may enter which interview, on which side, until when. */
public record RoomPass(long interviewId, Side side, long accountId, Instant expiresAt) {
}
