package fr.visioaccueil.network;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;

/** What the signed-in staff member may reach; anything else is a 403, whatever id was typed in the address. */
final class StaffScope {

    private StaffScope() {
    }

    static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }

    static void requirePoint(long pointId) {
        if (!member().reachesPoint(pointId)) {
            throw new AccessDeniedToResource();
        }
    }

    /** The partner's own organisation: the only one a partner page ever shows. */
    static long ownOrganisation() {
        Long organisationId = member().organisationId();
        if (organisationId == null) {
            throw new AccessDeniedToResource();
        }
        return organisationId;
    }
}
