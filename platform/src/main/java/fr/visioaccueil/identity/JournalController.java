package fr.visioaccueil.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's audit log: who changed what in the registry and the accounts, and when. */
@Controller
class JournalController {

    private final AuditEntries entries;

    JournalController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/journal")
    String journal(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String auteur,
                   @RequestParam(defaultValue = "1") int page, Model model) {
        int pages = entries.pageCount(type, auteur);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("entries", entries.page(type, auteur, shown));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("type", type);
        model.addAttribute("auteur", auteur);
        model.addAttribute("types", entries.subjectTypes());
        model.addAttribute("actors", entries.actors());
        return "identity/journal";
    }
}
