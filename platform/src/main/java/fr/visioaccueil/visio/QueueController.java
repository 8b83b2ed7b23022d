package fr.visioaccueil.visio;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's side: their organisation's queue, live, and the button that takes a request. */
@Controller
class QueueController {

    private final Interviews interviews;
    private final WaitingQueue queue;
    private final Directory directory;

    QueueController(Interviews interviews, WaitingQueue queue, Directory directory) {
        this.interviews = interviews;
        this.queue = queue;
        this.directory = directory;
    }

    @GetMapping("/visio/file")
    String page(Model model) {
        describe(model);
        return "visio/queue";
    }

    @GetMapping("/visio/file/liste")
    String list(Model model) {
        describe(model);
        return "visio/queue :: list";
    }

    @PostMapping("/visio/file/{id}/prendre")
    String take(@PathVariable long id, RedirectAttributes redirect) {
        try {
            interviews.admit(id, agent());
            return "redirect:/visio/entretiens/" + id;
        } catch (InterviewRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
            return "redirect:/visio/file";
        }
    }

    private void describe(Model model) {
        long organisationId = agent().organisationId();
        model.addAttribute("organisation", directory.organisation(organisationId))
                .addAttribute("entries", queue.of(organisationId))
                .addAttribute("pointNames", new PointNames(directory));
    }

    private static StaffMember agent() {
        StaffMember member = CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
        if (!member.role().isPartner() || member.organisationId() == null) {
            throw new AccessDeniedToResource();
        }
        return member;
    }

    /** Lets the template name each entry's point without loading the registry into the queue's query. */
    record PointNames(Directory directory) {
        public String of(long pointId) {
            return directory.point(pointId).getName();
        }
    }
}
