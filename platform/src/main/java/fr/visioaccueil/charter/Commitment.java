package fr.visioaccueil.charter;

/** One commitment of the charter, under its theme, in the order the charter lists them. */
record Commitment(long id, Theme theme, int position, String text, int version) {
}
