package fr.visioaccueil.evaluation;

/** One "+1" recorded at a point's desk, as confirmed to the mediator with its way back (undo). */
record DeskEntry(long id, long pointId, long organisationId, ServiceKind kind) {
}
