package fr.visioaccueil.identity;

import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import java.util.Comparator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home (<i>espace professionnel</i>): where each role goes from here. */
@Controller
class StaffHomeController {


    private final StaffDirectory directory;
    private final Points points;
    private final Organisations organisations;

    StaffHomeController(StaffDirectory directory, Points points, Organisations organisations) {
        this.directory = directory;
        this.points = points;
        this.organisations = organisations;
    }

    @GetMapping("/espace")
    String home(Model model) {
        StaffMember me = CurrentStaff.find().orElseThrow(() -> new AccessDeniedException("signed in only"));
        // read again rather than from the session: the coordinator may have changed them since sign-in
        model.addAttribute("myPoints", directory.pointsOf(me.accountId()).stream()
                .flatMap(id -> points.find(id).stream()).sorted(Comparator.comparing(Point::getName)).toList());
        model.addAttribute("organisation", me.organisationId() == null ? null
                : organisations.find(me.organisationId()).orElse(null));
        return "identity/staff-home";
    }
}
