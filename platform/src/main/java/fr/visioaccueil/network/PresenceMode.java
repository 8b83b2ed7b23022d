package fr.visioaccueil.network;

/** How a partner is available at a point: in person or by visio. */
public enum PresenceMode {
    ON_SITE, VISIO
}
