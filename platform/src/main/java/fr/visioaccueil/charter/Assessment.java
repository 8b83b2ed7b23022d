package fr.visioaccueil.charter;

import java.time.LocalDate;

/** A point's self-assessment of one commitment; {@code fileName} is null when no evidence file was given. */
record Assessment(long pointId, long commitmentId, String arrangements, Status status, String evidence,
                  String fileName, LocalDate updatedOn, int version) {
}
