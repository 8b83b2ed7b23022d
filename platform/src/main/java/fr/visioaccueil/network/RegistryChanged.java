package fr.visioaccueil.network;

/**
 * Something in the registry was created, changed or deleted; the audit log and the label check listen.
 *
 * @param actor who did it (e-mail, or "système")
 * @param action CREATE, UPDATE or DELETE
 * @param subjectType POINT, ORGANISATION, CONVENTION, NETWORK
 * @param changes field by field, "champ : avant → après"
 */
public record RegistryChanged(String actor, String action, String subjectType, long subjectId,
                              String summary, String changes) {
}
