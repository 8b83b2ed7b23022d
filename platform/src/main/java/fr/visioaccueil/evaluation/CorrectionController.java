package fr.visioaccueil.evaluation;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting a week's numbers, cell by cell, with a reason kept in the grid's audit trail. */
@Controller
class CorrectionController {

    private static final String PAGE = "evaluation/correction";

    private final Grids grids;
    private final WeekChanges changes;

    CorrectionController(Grids grids, WeekChanges changes) {
        this.grids = grids;
        this.changes = changes;
    }

    @GetMapping("/evaluation/points/{id}/grille/{week}/correction")
    String form(@PathVariable long id, @PathVariable String week, Model model) {
        EvaluationScope.requirePoint(id);
        GridView grid = grids.view(id, GridController.week(week));
        model.addAttribute("grid", grid);
        model.addAttribute("form", new CorrectionForm(Map.of("reason", " "), grid));
        model.addAttribute("errors", Map.of());
        return PAGE;
    }

    @PostMapping("/evaluation/points/{id}/grille/{week}/correction")
    ModelAndView correct(@PathVariable long id, @PathVariable String week,
                         @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        EvaluationScope.requirePoint(id);
        GridView grid = grids.view(id, GridController.week(week));
        CorrectionForm form = new CorrectionForm(params, grid);
        if (!form.errors().isEmpty()) {
            model.addAttribute("grid", grid);
            model.addAttribute("form", form);
            model.addAttribute("errors", form.errors());
            return new ModelAndView(PAGE, model.asMap(), HttpStatus.BAD_REQUEST);
        }
        int changed = changes.correct(id, grid.week(), form.numbers(), form.reason());
        redirect.addFlashAttribute("flash", changed == 0 ? "evaluation.correction.none" : "evaluation.correction.saved");
        return new ModelAndView("redirect:/evaluation/points/" + id + "/grille/" + grid.week());
    }
}
