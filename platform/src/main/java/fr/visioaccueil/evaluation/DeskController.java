package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.InvalidChange;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.shared.StaffMember;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mediator's desk screen: one big "+1" button per kind of service, for the organisation chosen (or none),
 * today's counts, and the undo of the last "+1". A plain form that htmx, when present, posts without reloading.
 */
@Controller
class DeskController {

    private final Desk desk;
    private final Grids grids;
    private final Conventions conventions;
    private final Organisations organisations;
    private final Clock clock;

    DeskController(Desk desk, Grids grids, Conventions conventions, Organisations organisations, Clock clock) {
        this.desk = desk;
        this.grids = grids;
        this.conventions = conventions;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/evaluation/points/{id}/guichet")
    String page(@PathVariable long id, @RequestParam(defaultValue = "0") long organisation,
                @RequestParam(required = false) Long dernier, Model model) {
        EvaluationScope.requirePoint(id);
        Week week = Week.of(clock.instant());
        GridView grid = grids.view(id, week);
        model.addAttribute("grid", grid);
        model.addAttribute("today", (int) ChronoUnit.DAYS.between(week.monday(), Week.dayOf(clock.instant())));
        model.addAttribute("kinds", ServiceKind.desk());
        model.addAttribute("organisations", partners(id));
        model.addAttribute("organisation", organisation);
        model.addAttribute("last", dernier);
        return "evaluation/desk";
    }

    @PostMapping("/evaluation/points/{id}/guichet")
    String plusOne(@PathVariable long id, @RequestParam(defaultValue = "0") long organisation,
                   @RequestParam(required = false) ServiceKind kind, RedirectAttributes redirect) {
        StaffMember mediator = EvaluationScope.requirePoint(id);
        if (kind == null) {
            throw new InvalidChange("kind", "evaluation.desk.kind");
        }
        DeskEntry entry = desk.plusOne(id, organisation, kind, mediator);
        redirect.addFlashAttribute("counted", entry.kind());
        return "redirect:/evaluation/points/" + id + "/guichet?organisation=" + organisation + "&dernier=" + entry.id();
    }

    @PostMapping("/evaluation/points/{id}/guichet/annulation")
    String undo(@PathVariable long id, @RequestParam(required = false) Long entry, RedirectAttributes redirect) {
        StaffMember mediator = EvaluationScope.requirePoint(id);
        DeskEntry undone = desk.undo(id, entry == null ? 0 : entry, mediator);
        redirect.addFlashAttribute("undone", undone.kind());
        return "redirect:/evaluation/points/" + id + "/guichet?organisation=" + undone.organisationId();
    }

    /** The organisations under convention at the point: those whose papers the desk hands out. */
    private List<Organisation> partners(long pointId) {
        Set<Long> ids = conventions.ofPoint(pointId).stream().map(c -> c.getOrganisationId())
                .collect(Collectors.toSet());
        return organisations.all().stream().filter(o -> ids.contains(o.getId())).toList();
    }
}
