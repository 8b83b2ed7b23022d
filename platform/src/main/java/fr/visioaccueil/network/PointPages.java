package fr.visioaccueil.network;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a staff page of one point shows (facts, week, closures, conventions), for the coordinator and mediators. */
@Component
class PointPages {

    private final Conventions conventions;
    private final ConventionRows rows;
    private final Territory territory;

    PointPages(Conventions conventions, ConventionRows rows, Territory territory) {
        this.conventions = conventions;
        this.rows = rows;
        this.territory = territory;
    }

    /** {@code base} is the page's own address, under which its closure forms post. */
    void describe(Point point, String base, Model model) {
        PointDetails details = point.details();
        model.addAttribute("point", point);
        model.addAttribute("details", details);
        model.addAttribute("community", territory.communities().stream()
                .filter(community -> Long.valueOf(community.id()).equals(details.communityId()))
                .map(Community::name).findFirst().orElse(""));
        model.addAttribute("conventions", rows.of(conventions.ofPoint(point.getId())));
        model.addAttribute("base", base);
        if (!model.containsAttribute("closureForm")) {
            model.addAttribute("closureForm", ClosureForm.empty());
        }
    }
}
