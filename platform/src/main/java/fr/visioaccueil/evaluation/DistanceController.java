package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.InvalidChange;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Territory;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's distance table: its rows, one row's change, a CSV import, and each organisation's code. */
@Controller
class DistanceController {

    private static final String PAGE = "evaluation/distances";
    private static final String BACK = "redirect:/evaluation/distances";

    private final Territory territory;
    private final Distances distances;
    private final TravelTable travel;
    private final Organisations organisations;

    DistanceController(Territory territory, Distances distances, TravelTable travel, Organisations organisations) {
        this.territory = territory;
        this.distances = distances;
        this.travel = travel;
        this.organisations = organisations;
    }

    @GetMapping("/evaluation/distances")
    String page(Model model) {
        model.addAttribute("distanceForm", DistanceForm.empty());
        return fill(model, List.of());
    }

    @PostMapping("/evaluation/distances")
    ModelAndView put(@Valid @ModelAttribute("distanceForm") DistanceForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                distances.put(form);
                redirect.addFlashAttribute("flash", "evaluation.distance.saved");
                return new ModelAndView(BACK);
            } catch (InvalidChange refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return new ModelAndView(fill(model, List.of()), HttpStatus.BAD_REQUEST);
    }

    @PostMapping("/evaluation/distances/import")
    ModelAndView importTable(@RequestParam(required = false) MultipartFile file, Model model,
                             RedirectAttributes redirect) throws IOException {
        DistanceImport.Result result = DistanceImport.read(file == null ? new byte[0] : file.getBytes());
        if (!result.problems().isEmpty()) {
            model.addAttribute("distanceForm", DistanceForm.empty());
            return new ModelAndView(fill(model, result.problems()), HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("flash", "evaluation.import.done");
        redirect.addFlashAttribute("imported", distances.importAll(result.rows()));
        return new ModelAndView(BACK);
    }

    @PostMapping("/evaluation/distances/organismes")
    String services(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        List<String> known = travel.knownServices();
        for (var organisation : organisations.all()) {
            String chosen = params.get("service-" + organisation.getId());
            if (chosen != null && (chosen.isBlank() || known.contains(chosen))) {
                travel.choose(organisation.getId(), chosen);
            }
        }
        redirect.addFlashAttribute("flash", "evaluation.distance.servicesSaved");
        return BACK;
    }

    private String fill(Model model, List<DistanceImport.Problem> problems) {
        model.addAttribute("communities", territory.communities());
        model.addAttribute("distances", territory.distances());
        model.addAttribute("services", travel.knownServices());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("serviceOf", organisations.all().stream().collect(java.util.stream.Collectors.toMap(
                o -> o.getId(), o -> travel.serviceOf(o.getId()).orElse(""))));
        model.addAttribute("problems", problems);
        return PAGE;
    }
}
