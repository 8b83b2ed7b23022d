package fr.visioaccueil.label;

/** What one rule says of one point: met or not, and the fact that shows it. */
record Outcome(boolean met, Reason reason) {

    static Outcome met(Reason reason) {
        return new Outcome(true, reason);
    }

    static Outcome unmet(Reason reason) {
        return new Outcome(false, reason);
    }
}
