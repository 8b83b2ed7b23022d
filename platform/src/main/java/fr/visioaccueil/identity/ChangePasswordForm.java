package fr.visioaccueil.identity;

/** A signed-in staff member's new password, proven by the current one. */
record ChangePasswordForm(String current, String password, String confirmation) {
}
