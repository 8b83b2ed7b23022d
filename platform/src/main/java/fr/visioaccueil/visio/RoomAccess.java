package fr.visioaccueil.visio;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;

/** Who may enter an interview's room: the requesting point's mediators and the admitting agent, nobody else. */
public final class RoomAccess {

    private RoomAccess() {
    }

    public static Side sideOf(Interview interview, StaffMember member) {
        if (member.role() == StaffRole.MEDIATOR && member.pointIds().contains(interview.getPointId())) {
            return Side.POINT;
        }
        if (Long.valueOf(member.accountId()).equals(interview.getAdmittedBy())) {
            return Side.AGENT;
        }
        throw new AccessDeniedToResource();
    }
}
