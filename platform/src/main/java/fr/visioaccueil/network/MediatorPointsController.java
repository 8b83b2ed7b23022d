package fr.visioaccueil.network;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A mediator's own points, read-only except for exceptional closures; another point's id is a 403. */
@Controller
class MediatorPointsController {

    private final Points points;
    private final PointPages pages;

    MediatorPointsController(Points points, PointPages pages) {
        this.points = points;
        this.pages = pages;
    }

    @GetMapping("/mediateur/points")
    String list(Model model) {
        var own = StaffScope.member().pointIds();
        model.addAttribute("points", points.all().stream().filter(point -> own.contains(point.getId())).toList());
        return "network/mediator-points";
    }

    @GetMapping("/mediateur/points/{id}")
    String page(@PathVariable long id, Model model) {
        StaffScope.requirePoint(id);
        pages.describe(points.get(id), "/mediateur/points/" + id, model);
        return "network/mediator-point";
    }
}
