package fr.visioaccueil.label;

/**
 * What one criterion of the rule set says of a point.
 *
 * @param met whether the point meets it
 * @param text the fact or the precise reason, e.g. "Ouvert 21 h sur 3 jours : il manque 3 h."
 */
public record Finding(boolean met, String text) {
}
