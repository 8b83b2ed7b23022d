package fr.visioaccueil.survey;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import java.util.Set;

/** Whose answers the signed-in staff member may read: all (coordinator), their points, or their organisation. */
final class SurveyScope {

    private SurveyScope() {
    }

    static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }

    static void requirePoint(long pointId) {
        if (!member().reachesPoint(pointId)) {
            throw new AccessDeniedToResource();
        }
    }

    /** The points whose answers the member reads, narrowed to {@code pointId} if given (null = all of theirs). */
    static Set<Long> points(Long pointId) {
        StaffMember member = member();
        if (pointId != null) {
            if (member.role().isPartner()) {
                throw new AccessDeniedToResource();
            }
            requirePoint(pointId);
            return Set.of(pointId);
        }
        return member.isCoordinator() || member.role().isPartner() ? null : member.pointIds();
    }

    /** A partner reads only the answers about its own organisation; others are not narrowed. */
    static Long organisation() {
        StaffMember member = member();
        if (!member.role().isPartner()) {
            return null;
        }
        if (member.organisationId() == null) {
            throw new AccessDeniedToResource();
        }
        return member.organisationId();
    }
}
