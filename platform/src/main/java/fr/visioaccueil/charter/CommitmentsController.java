package fr.visioaccueil.charter;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator edits the charter's list of commitments. */
@Controller
class CommitmentsController {

    private final Charter charter;
    private final fr.visioaccueil.network.Points points;

    CommitmentsController(Charter charter, fr.visioaccueil.network.Points points) {
        this.charter = charter;
        this.points = points;
    }

    @GetMapping("/admin/charte")
    String list(Model model) {
        model.addAttribute("commitmentForm", new CommitmentForm(null, "", null));
        return listPage(model);
    }

    @PostMapping("/admin/charte/engagements")
    String add(@Valid @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return listPage(model);
        }
        charter.addCommitment(form.theme(), form.text().strip());
        redirect.addFlashAttribute("flash", "charter.commitment.added");
        return "redirect:/admin/charte";
    }

    @GetMapping("/admin/charte/engagements/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("commitmentForm", CommitmentForm.of(charter.commitment(id)));
        return editPage(id, model);
    }

    @PostMapping("/admin/charte/engagements/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("commitmentForm") CommitmentForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors() || form.version() == null) {
            return editPage(id, model);
        }
        charter.updateCommitment(id, form.version(), form.theme(), form.text().strip());
        redirect.addFlashAttribute("flash", "app.saved");
        return "redirect:/admin/charte";
    }

    @PostMapping("/admin/charte/engagements/{id}/supprimer")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        charter.deleteCommitment(id);
        redirect.addFlashAttribute("flash", "charter.commitment.deleted");
        return "redirect:/admin/charte";
    }

    private String listPage(Model model) {
        Map<Theme, List<Commitment>> byTheme = charter.commitments().stream()
                .collect(Collectors.groupingBy(Commitment::theme, () -> new java.util.EnumMap<>(Theme.class),
                        Collectors.toList()));
        model.addAttribute("byTheme", byTheme).addAttribute("themes", Arrays.asList(Theme.values()))
                .addAttribute("points", points.all());
        return "charter/commitments";
    }

    private String editPage(long id, Model model) {
        model.addAttribute("commitment", charter.commitment(id)).addAttribute("themes", Arrays.asList(Theme.values()));
        return "charter/commitment-form";
    }
}
