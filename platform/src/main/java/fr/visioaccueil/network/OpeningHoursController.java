package fr.visioaccueil.network;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The weekly opening grid of a point, replaced as a whole: all of it is saved, or nothing. */
@Controller
class OpeningHoursController {

    private static final String FORM = "network/hours-form";

    private final Points points;

    OpeningHoursController(Points points) {
        this.points = points;
    }

    @GetMapping("/admin/points/{id}/horaires")
    String editing(@PathVariable long id, Model model) {
        Point point = points.get(id);
        model.addAttribute("point", point).addAttribute("form", HoursForm.of(point));
        return FORM;
    }

    @PostMapping("/admin/points/{id}/horaires")
    String replace(@PathVariable long id, @Valid @ModelAttribute("form") HoursForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        model.addAttribute("point", points.get(id));
        if (!form.isWholeWeek()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<OpeningRange> ranges = form.toRanges(errors);
        return FormErrors.submit(errors, form, () -> {
            points.replaceOpeningHours(id, form.version(), ranges);
            redirect.addFlashAttribute("flash", "hours.saved");
            return "redirect:/admin/points/" + id;
        }, () -> FORM);
    }
}
