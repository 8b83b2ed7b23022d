package fr.visioaccueil.visio;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's side: their organisation's queue, live, and the button that takes a request. */
@Controller
class QueueController {

    /** The header of the queue's script taking a request to enter the room in place (take.js). */
    static final String IN_PLACE = "X-Visio-Sur-Place";

    private final Interviews interviews;
    private final WaitingQueue queue;
    private final Directory directory;
    private final RoomPage roomPage;

    QueueController(Interviews interviews, WaitingQueue queue, Directory directory, RoomPage roomPage) {
        this.interviews = interviews;
        this.queue = queue;
        this.directory = directory;
        this.roomPage = roomPage;
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

    /**
     * The same from the queue's script, which enters the room in place: the room page at once, a round trip less
     * than the redirect, with its address in Content-Location. Nothing is left to resubmit: the page's address
     * becomes the room's. A refusal is a bare 409: the script then submits the form as a person would, and the
     * queue shows why.
     */
    @PostMapping(path = "/visio/file/{id}/prendre", headers = IN_PLACE)
    String takeInPlace(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            interviews.admit(id, agent());
        } catch (InterviewRefused refused) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, refused.getMessage());
        }
        response.setHeader(HttpHeaders.CONTENT_LOCATION, request.getContextPath() + "/visio/entretiens/" + id);
        return roomPage.show(id, model, request);
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
