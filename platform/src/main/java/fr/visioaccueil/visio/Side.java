package fr.visioaccueil.visio;

/** The two sides of an interview: the point (mediator and citizen) and the organisation's agent. */
public enum Side {
    POINT, AGENT;

    public Side other() {
        return this == POINT ? AGENT : POINT;
    }
}
