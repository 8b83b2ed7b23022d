package fr.visioaccueil.opendata;

import fr.visioaccueil.shared.Csv;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import fr.visioaccueil.shared.PublicUrl;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open-data files, public and stable: no account, no session, cacheable for an hour by anyone (they change
 * only when the registry does, and harvesters fetch them daily).
 */
@RestController
class OpenDataController {

    static final String CSV_PATH = "/donnees-ouvertes/lieux-mediation-numerique.csv";
    static final String JSON_PATH = "/donnees-ouvertes/lieux-mediation-numerique.json";
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final OpenDataExport export;
    private final Environment environment;

    OpenDataController(OpenDataExport export, Environment environment) {
        this.export = export;
        this.environment = environment;
    }

    @GetMapping(CSV_PATH)
    ResponseEntity<byte[]> csv() {
        List<List<String>> rows = export.lieux(PublicUrl.of(environment)).stream().map(Lieu::row).toList();
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(Csv.standard().write(Lieu.FIELDS, rows));
    }

    @GetMapping(value = JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, Object>>> json() {
        return ResponseEntity.ok().cacheControl(CACHE)
                .body(export.lieux(PublicUrl.of(environment)).stream().map(Lieu::json).toList());
    }

}
