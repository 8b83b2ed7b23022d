package fr.visioaccueil.identity;

/** A refused value: the form field it belongs to and the key of its French explanation. */
record FieldProblem(String field, String messageKey) {
}
