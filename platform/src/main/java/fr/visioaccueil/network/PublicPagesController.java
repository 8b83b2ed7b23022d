package fr.visioaccueil.network;

import fr.visioaccueil.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public site: home page, the list of points with its filters, and each point's page. No sign-in. */
@Controller
class PublicPagesController {

    private final PublicDirectory directory;
    private final Organisations organisations;

    PublicPagesController(PublicDirectory directory, Organisations organisations) {
        this.directory = directory;
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("points", directory.search(null, null));
        model.addAttribute("organisations", organisations.all());
        return "network/home";
    }

    @GetMapping("/points")
    String points(@RequestParam(required = false) String commune,
                  @RequestParam(required = false) Long organisme,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("points", directory.search(commune, organisme));
        model.addAttribute("communes", directory.communes());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("commune", commune);
        model.addAttribute("organisme", organisme);
        return htmx != null ? "network/points :: results" : "network/points";
    }

    @GetMapping("/points/{slug}")
    String point(@PathVariable String slug, Model model) {
        model.addAttribute("point", directory.bySlug(slug).orElseThrow(() -> new NotFound("Point", slug)));
        return "network/point";
    }
}
