package fr.visioaccueil.network;

import fr.visioaccueil.shared.NotFound;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open, read-only API of the points: the same facts as the public pages. */
@RestController
@RequestMapping("/api/points")
class PointsApiController {

    private final PublicDirectory directory;

    PointsApiController(PublicDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<PublicPoint> points(@RequestParam(required = false) String commune,
                             @RequestParam(required = false) Long organisme) {
        return directory.search(commune, organisme);
    }

    @GetMapping("/{id}")
    PublicPoint point(@PathVariable long id) {
        return directory.byId(id).orElseThrow(() -> new NotFound("Point", id));
    }
}
