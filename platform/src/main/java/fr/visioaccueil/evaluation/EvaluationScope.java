package fr.visioaccueil.evaluation;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;

/** Who may see which evaluation pages: a mediator their points, a partner their organisation, the coordinator all. */
final class EvaluationScope {

    private EvaluationScope() {
    }

    static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }

    static StaffMember requirePoint(long pointId) {
        StaffMember member = member();
        if (!member.reachesPoint(pointId)) {
            throw new AccessDeniedToResource();
        }
        return member;
    }

    static void requireOrganisation(long organisationId) {
        StaffMember member = member();
        if (!member.reachesOrganisation(organisationId) || member.role() == fr.visioaccueil.shared.StaffRole.MEDIATOR) {
            throw new AccessDeniedToResource();
        }
    }
}
