package fr.visioaccueil.visio.documents;

import fr.visioaccueil.visio.Side;
import java.time.Instant;
import java.util.UUID;

/** A document's row as stored: name and content still sealed. */
record StoredDocument(UUID id, long interviewId, Side side, long sentBy, DocumentType type, int size,
                      byte[] sealedName, byte[] sealedContent, Instant uploadedAt) {
}
