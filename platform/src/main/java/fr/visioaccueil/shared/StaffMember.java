package fr.visioaccueil.shared;

import java.util.Set;

/**
 * The signed-in staff member as every module sees it: who acts and what they may reach.
 * Mediators reach their points, partners their organisation, the coordinator everything.
 */
public interface StaffMember {

    long accountId();

    String email();

    String displayName();

    StaffRole role();

    /** The partner's organisation, or null for coordinators and mediators. */
    Long organisationId();

    Set<Long> pointIds();

    default boolean isCoordinator() {
        return role() == StaffRole.COORDINATOR;
    }

    default boolean reachesPoint(long pointId) {
        return isCoordinator() || pointIds().contains(pointId);
    }

    default boolean reachesOrganisation(long organisationId) {
        return isCoordinator() || Long.valueOf(organisationId).equals(organisationId());
    }
}
