package fr.visioaccueil.network;

/** Who hosts a point (<i>structure d'accueil</i>). */
public enum HostType {
    CYBER_BASE, TOWN_HALL, COMMUNITY_HOUSE, OTHER
}
