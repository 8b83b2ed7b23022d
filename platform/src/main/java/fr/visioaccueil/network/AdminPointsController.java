package fr.visioaccueil.network;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages of the points: list, facts form, each point's page, deletion. */
@Controller
@RequestMapping("/admin/points")
class AdminPointsController {

    private static final String FORM = "network/point-form";

    private final Points points;
    private final Territory territory;
    private final PointPages pages;

    AdminPointsController(Points points, Territory territory, PointPages pages) {
        this.points = points;
        this.territory = territory;
        this.pages = pages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("points", points.all());
        return "network/admin-points";
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model) {
        pages.describe(points.get(id), "/admin/points/" + id, model);
        return "network/admin-point";
    }

    @GetMapping("/nouveau")
    String creating(Model model) {
        return form(model.addAttribute("form", PointForm.empty()), null);
    }

    @PostMapping("/nouveau")
    String create(@Valid @ModelAttribute("form") PointForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return FormErrors.submit(errors, form, () -> {
            Point point = points.create(form.toDetails());
            redirect.addFlashAttribute("flash", "point.created");
            return "redirect:/admin/points/" + point.getId();
        }, () -> form(model, null));
    }

    @GetMapping("/{id}/modifier")
    String editing(@PathVariable long id, Model model) {
        Point point = points.get(id);
        return form(model.addAttribute("form", PointForm.of(point)), point);
    }

    @PostMapping("/{id}/modifier")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PointForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Point point = points.get(id);
        return FormErrors.submit(errors, form, () -> {
            points.update(id, form.version(), form.toDetails());
            redirect.addFlashAttribute("flash", "app.saved");
            return "redirect:/admin/points/" + id;
        }, () -> form(model, point));
    }

    /** Refused with its reason (a 409 page) while conventions or staff still name the point. */
    @PostMapping("/{id}/supprimer")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        points.delete(id);
        redirect.addFlashAttribute("flash", "point.deleted");
        return "redirect:/admin/points";
    }

    private String form(Model model, Point point) {
        model.addAttribute("point", point);
        model.addAttribute("communities", territory.communities());
        model.addAttribute("hostTypes", List.of(HostType.values()));
        return FORM;
    }
}
