package fr.visioaccueil.booking;

/** Deleting a permanence: only the version the page was opened at, for the optimistic lock. */
record DeleteForm(Integer version) {
}
