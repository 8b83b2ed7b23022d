package fr.visioaccueil.label;

import fr.visioaccueil.network.InvalidChange;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's label pages: the network's rule set and every point's status, their CSV export, and one
 * point's status as a fragment that the point's admin page loads with htmx.
 */
@Controller
class ComplianceController {

    private static final String PAGE = "label/compliance";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final LabelCompliance compliance;
    private final RuleSets ruleSets;
    private final ComplianceCsv csv;
    private final Clock clock;

    ComplianceController(LabelCompliance compliance, RuleSets ruleSets, ComplianceCsv csv, Clock clock) {
        this.compliance = compliance;
        this.ruleSets = ruleSets;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping("/admin/conformite")
    String page(Model model) {
        RuleSets.Selection selection = ruleSets.selected();
        model.addAttribute("choice", new RuleSetChoiceForm(selection.ruleSet().code(), selection.version()));
        return fill(model);
    }

    @PostMapping("/admin/conformite")
    ModelAndView choose(@Valid @ModelAttribute("choice") RuleSetChoiceForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ruleSets.choose(form.ruleSet(), form.version());
                redirect.addFlashAttribute("flash", "label.ruleSet.saved");
                return new ModelAndView("redirect:/admin/conformite");
            } catch (InvalidChange refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return new ModelAndView(fill(model), HttpStatus.BAD_REQUEST);
    }

    @GetMapping("/admin/conformite.csv")
    ResponseEntity<byte[]> export(Locale locale) {
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename("conformite-label-" + LocalDate.now(clock) + ".csv").build();
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .body(csv.write(compliance.all(), locale));
    }

    @GetMapping("/admin/conformite/points/{id}")
    String point(@PathVariable long id, Model model) {
        model.addAttribute("compliance", compliance.check(id));
        return "label/point-status :: status";
    }

    private String fill(Model model) {
        List<PointCompliance> points = compliance.all();
        model.addAttribute("ruleSets", ruleSets.all());
        model.addAttribute("ruleSetName", ruleSets.selected().ruleSet().name());
        model.addAttribute("criteria", compliance.criteria());
        model.addAttribute("points", points);
        model.addAttribute("compliantCount", points.stream().filter(PointCompliance::compliant).count());
        return PAGE;
    }
}
