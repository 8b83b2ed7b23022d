package fr.visioaccueil.visio.documents;

import fr.visioaccueil.visio.Side;
import java.util.UUID;

/**
 * A document as the room lists it: its safe name, type and size, which side sent it, and the time of day in the
 * network's zone. The JSON the upload answers and the list returns, the fields of the room's notice.
 */
record DocumentInfo(UUID id, String name, String mediaType, long size, Side from, String time) {
}
