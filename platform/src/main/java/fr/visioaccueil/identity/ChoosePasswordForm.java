package fr.visioaccueil.identity;

/** The one-time link's token with the chosen password; the rules live in {@link PasswordPolicy}. */
record ChoosePasswordForm(String jeton, String password, String confirmation) {
}
