package fr.visioaccueil.visio;

/** What the interview led to, as the agent records it. */
public enum Outcome {
    RESOLVED, FOLLOW_UP, REDIRECTED
}
