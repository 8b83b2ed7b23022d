package fr.visioaccueil.charter;

import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The charter's roll-up across the network, printed for the follow-up meetings. */
@Controller
class CharterRollUpController {

    private final Charter charter;
    private final Points points;
    private final Clock clock;

    CharterRollUpController(Charter charter, Points points, Clock clock) {
        this.charter = charter;
        this.points = points;
        this.clock = clock;
    }

    @GetMapping("/admin/charte/bilan")
    String rollUp(Model model) {
        List<RollUp.PointRef> refs = points.all().stream().map(p -> new RollUp.PointRef(p.getId(), p.getName())).toList();
        List<Commitment> commitments = charter.commitments();
        List<Assessment> assessments = charter.assessments();
        List<RollUp.PointLine> perPoint = RollUp.perPoint(refs, commitments, assessments);
        model.addAttribute("perPoint", perPoint)
                .addAttribute("perCommitment", RollUp.perCommitment(refs, commitments, assessments))
                .addAttribute("conformes", perPoint.stream().filter(RollUp.PointLine::conforme).count())
                .addAttribute("statuses", Status.values()).addAttribute("today", LocalDate.now(clock));
        return "charter/roll-up";
    }
}
