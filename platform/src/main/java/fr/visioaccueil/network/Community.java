package fr.visioaccueil.network;

/** A community of communes (<i>communauté de communes</i>) with its seat and population. */
public record Community(long id, String name, String seat, int population) {
}
