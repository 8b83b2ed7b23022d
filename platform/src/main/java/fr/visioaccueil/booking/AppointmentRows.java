package fr.visioaccueil.booking;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Points;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Names the point, organisation, motif and agent of appointments, each looked up once per page. */
@Component
class AppointmentRows {

    private final Points points;
    private final Organisations organisations;
    private final Motifs motifs;
    private final StaffDirectory staff;

    AppointmentRows(Points points, Organisations organisations, Motifs motifs, StaffDirectory staff) {
        this.points = points;
        this.organisations = organisations;
        this.motifs = motifs;
        this.staff = staff;
    }

    List<AppointmentRow> of(List<Appointment> appointments) {
        Map<Long, String> pointNames = new HashMap<>();
        Map<Long, String> organisationNames = new HashMap<>();
        Map<Long, Motif> motifById = new HashMap<>();
        Map<Long, String> agentNames = new HashMap<>();
        return appointments.stream().map(a -> new AppointmentRow(a,
                pointNames.computeIfAbsent(a.getPointId(), id -> points.shown(id).getName()),
                organisationNames.computeIfAbsent(a.getOrganisationId(), id -> organisations.shown(id).getName()),
                motifById.computeIfAbsent(a.getMotifId(), motifs::get),
                agentNames.computeIfAbsent(a.getAgentAccountId(), staff::displayName))).toList();
    }

    AppointmentRow of(Appointment appointment) {
        return of(List.of(appointment)).get(0);
    }

    /**
     * For the messages, which name the point, the organisation and the motif but never the agent (the citizen
     * meets whoever answers the call): one query less for each booking, all the others read from shared copies.
     */
    AppointmentRow withoutAgent(Appointment appointment) {
        return new AppointmentRow(appointment, points.shown(appointment.getPointId()).getName(),
                organisations.shown(appointment.getOrganisationId()).getName(), motifs.get(appointment.getMotifId()),
                "");
    }
}
