package fr.visioaccueil.booking;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the rendez-vous settings pages show of an organisation: permanences, motifs, absences, and the choices. */
@Component
class SettingsPage {

    private final Permanences permanences;
    private final Motifs motifs;
    private final Absences absences;
    private final Organisations organisations;
    private final Conventions conventions;
    private final Points points;
    private final StaffDirectory staff;
    private final Clock clock;

    SettingsPage(Permanences permanences, Motifs motifs, Absences absences, Organisations organisations,
                 Conventions conventions, Points points, StaffDirectory staff, Clock clock) {
        this.permanences = permanences;
        this.motifs = motifs;
        this.absences = absences;
        this.organisations = organisations;
        this.conventions = conventions;
        this.points = points;
        this.staff = staff;
        this.clock = clock;
    }

    void overview(Model model, long organisationId, boolean editable) {
        choices(model, organisationId);
        model.addAttribute("permanences", permanences.ofOrganisation(organisationId))
                .addAttribute("motifs", motifs.ofOrganisation(organisationId))
                .addAttribute("absences", absences.ofOrganisation(organisationId, clock.instant()))
                .addAttribute("editable", editable);
    }

    /** The organisation, its partner accounts and the points under a convention with it. */
    void choices(Model model, long organisationId) {
        Map<Long, String> agents = staff.partnersOf(organisationId);
        List<Point> served = conventions.ofOrganisation(organisationId).stream().map(c -> c.getPointId()).distinct()
                .map(points::get).sorted(Comparator.comparing(Point::getName)).toList();
        model.addAttribute("organisation", organisations.get(organisationId)).addAttribute("agents", agents)
                .addAttribute("servedPoints", served)
                .addAttribute("pointNames", served.stream().collect(Collectors.toMap(Point::getId, Point::getName)));
    }
}
