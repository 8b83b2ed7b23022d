package fr.visioaccueil.demo;

/** One demo account printed at start-up, one per role. */
record DemoAccount(String role, String email) {
}
