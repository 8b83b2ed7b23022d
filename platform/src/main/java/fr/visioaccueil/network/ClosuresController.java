package fr.visioaccueil.network;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exceptional closures, added and removed from a point's page by the coordinator (any point) or by a mediator
 * (their own points only: any other id is a 403).
 */
@Controller
class ClosuresController {

    private final Points points;

    ClosuresController(Points points) {
        this.points = points;
    }

    @PostMapping({"/admin/points/{id}/fermetures", "/mediateur/points/{id}/fermetures"})
    String add(@PathVariable long id, @Valid @ModelAttribute("closureForm") ClosureForm form, BindingResult errors,
               HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Point point = reachable(id);
        String base = pageOf(id, request);
        return FormErrors.submit(errors, form, () -> {
            points.addClosure(id, form.toClosure());
            redirect.addFlashAttribute("flash", "closure.added");
            return "redirect:" + base;
        }, () -> {
            model.addAttribute("point", point).addAttribute("base", base);
            return "network/closure-form";
        });
    }

    @PostMapping({"/admin/points/{id}/fermetures/supprimer", "/mediateur/points/{id}/fermetures/supprimer"})
    String remove(@PathVariable long id, @RequestParam int index, @RequestParam int version,
                  HttpServletRequest request, RedirectAttributes redirect) {
        reachable(id);
        points.removeClosure(id, version, index);
        redirect.addFlashAttribute("flash", "closure.removed");
        return "redirect:" + pageOf(id, request);
    }

    /** Back to the point's page in the area (coordinator or mediator) the form came from. */
    private static String pageOf(long id, HttpServletRequest request) {
        boolean mediator = request.getRequestURI().startsWith(request.getContextPath() + "/mediateur/");
        return (mediator ? "/mediateur" : "/admin") + "/points/" + id;
    }

    private Point reachable(long id) {
        StaffScope.requirePoint(id);
        return points.get(id);
    }
}
