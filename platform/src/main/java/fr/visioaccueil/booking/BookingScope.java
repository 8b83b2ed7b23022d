package fr.visioaccueil.booking;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;

/** Who may do what with an organisation's rendez-vous settings and appointments. */
final class BookingScope {

    private BookingScope() {
    }

    /** The signed-in partner (agent or correspondent) of an organisation; anyone else is refused. */
    static StaffMember currentPartner() {
        StaffMember member = CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
        if (!member.role().isPartner() || member.organisationId() == null) {
            throw new AccessDeniedToResource();
        }
        return member;
    }

    /** Permanences, motifs and absences are changed by the organisation's own correspondent only. */
    static void requireCorrespondent(StaffMember member, long organisationId) {
        if (member.role() != StaffRole.PARTNER_CORRESPONDENT
                || !Long.valueOf(organisationId).equals(member.organisationId())) {
            throw new AccessDeniedToResource();
        }
    }

    /** Read by the organisation's partners and by the coordinator. */
    static void requireViewer(StaffMember member, long organisationId) {
        boolean partner = member.role().isPartner() && Long.valueOf(organisationId).equals(member.organisationId());
        if (!partner && !member.isCoordinator()) {
            throw new AccessDeniedToResource();
        }
    }

    static void requireMediatorOf(StaffMember member, long pointId) {
        if (member.role() != StaffRole.MEDIATOR || !member.pointIds().contains(pointId)) {
            throw new AccessDeniedToResource();
        }
    }

    /** The agent of the appointment, or any partner of its organisation standing in (a colleague away). */
    static void requirePartnerOf(StaffMember member, Appointment appointment) {
        if (!member.role().isPartner()
                || !Long.valueOf(appointment.getOrganisationId()).equals(member.organisationId())) {
            throw new AccessDeniedToResource();
        }
    }
}
