package fr.visioaccueil.booking;

/** Who acts on an appointment: the citizen (online, through the personal link), the point, or the agent. */
public enum Party {
    CITIZEN, POINT, AGENT
}
