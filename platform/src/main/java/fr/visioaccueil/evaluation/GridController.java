package fr.visioaccueil.evaluation;

import fr.visioaccueil.shared.NotFound;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A point's weekly grid: read, export, validate (mediator of the point or coordinator), reopen (coordinator). */
@Controller
class GridController {

    private final Grids grids;
    private final WeekChanges changes;
    private final Exports exports;
    private final Clock clock;

    GridController(Grids grids, WeekChanges changes, Exports exports, Clock clock) {
        this.grids = grids;
        this.changes = changes;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/evaluation/points/{id}/grille")
    String current(@PathVariable long id) {
        EvaluationScope.requirePoint(id);
        return "redirect:/evaluation/points/" + id + "/grille/" + Week.of(clock.instant());
    }

    @GetMapping("/evaluation/points/{id}/grille/{week:\\d{4}-W\\d{2}}")
    String grid(@PathVariable long id, @PathVariable String week, Model model) {
        EvaluationScope.requirePoint(id);
        model.addAttribute("grid", grids.view(id, week(week)));
        model.addAttribute("currentWeek", Week.of(clock.instant()));
        return "evaluation/grid";
    }

    @GetMapping("/evaluation/points/{id}/grille/{week}.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String week, @PathVariable String format,
                                  Locale locale) {
        EvaluationScope.requirePoint(id);
        GridView grid = grids.view(id, week(week));
        return Exports.download("grille-" + id + "-" + grid.week(), format, exports.grid(grid, locale));
    }

    @PostMapping("/evaluation/points/{id}/grille/{week}/validation")
    String validate(@PathVariable long id, @PathVariable String week, RedirectAttributes redirect) {
        EvaluationScope.requirePoint(id);
        changes.validate(id, week(week));
        redirect.addFlashAttribute("flash", "evaluation.grid.validated");
        return "redirect:/evaluation/points/" + id + "/grille/" + week;
    }

    @PostMapping("/evaluation/points/{id}/grille/{week}/reouverture")
    String reopen(@PathVariable long id, @PathVariable String week,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        changes.reopen(id, week(week), reason.strip());
        redirect.addFlashAttribute("flash", "evaluation.grid.reopened");
        return "redirect:/evaluation/points/" + id + "/grille/" + week;
    }

    static Week week(String text) {
        return Week.parse(text).orElseThrow(() -> new NotFound("Semaine", text));
    }
}
