package fr.visioaccueil.visio.documents;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's view of the documents' access log: who, when, what; never a name nor a byte of content. */
@Controller
class DocumentAccessLogController {

    private final DocumentAccessLog log;
    private final Clock clock;

    DocumentAccessLogController(DocumentAccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/admin/documents")
    String accessLog(Model model) {
        model.addAttribute("entries", log.latest(clock.getZone())).addAttribute("limit", DocumentAccessLog.PAGE_SIZE);
        return "visio/documents-log";
    }
}
