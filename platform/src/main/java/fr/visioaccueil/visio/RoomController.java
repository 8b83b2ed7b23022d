package fr.visioaccueil.visio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The interview room for its two sides only, a fresh pass for a reattaching page, and the agent's outcome form. */
@Controller
class RoomController {

    private final Interviews interviews;
    private final RoomPasses passes;
    private final Directory directory;
    private final RoomPage roomPage;

    RoomController(Interviews interviews, RoomPasses passes, Directory directory, RoomPage roomPage) {
        this.interviews = interviews;
        this.passes = passes;
        this.directory = directory;
        this.roomPage = roomPage;
    }

    @GetMapping("/visio/entretiens/{id}")
    String room(@PathVariable long id, Model model, HttpServletRequest request) {
        return roomPage.show(id, model, request);
    }

    @GetMapping("/visio/entretiens/{id}/laissez-passer")
    @ResponseBody
    Map<String, String> freshPass(@PathVariable long id, HttpServletRequest request) {
        Side side = roomPage.sideOrRefuse(interviews.get(id), request);
        return Map.of("jeton", passes.issue(id, side, RoomPage.member().accountId()));
    }

    @GetMapping("/visio/entretiens/{id}/issue")
    String outcomeForm(@PathVariable long id, Model model) {
        model.addAttribute("outcomeForm", new OutcomeForm(true, null, ""));
        return outcomePage(id, model);
    }

    @PostMapping("/visio/entretiens/{id}/issue")
    String recordOutcome(@PathVariable long id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return outcomePage(id, model);
        }
        try {
            interviews.recordOutcome(id, RoomPage.member(), form.confirmed(), form.outcome(), form.note());
        } catch (InterviewRefused refused) {
            errors.reject(refused.messageKey());
            return outcomePage(id, model);
        }
        redirect.addFlashAttribute("flash", "visio.outcome.saved");
        return "redirect:/visio/file";
    }

    private String outcomePage(long id, Model model) {
        Interview interview = interviews.get(id);
        Interviews.requireAdmittingAgent(interview, RoomPage.member());
        model.addAttribute("interview", interview)
                .addAttribute("outcomes", Outcome.values())
                .addAttribute("point", directory.point(interview.getPointId()));
        return "visio/outcome";
    }
}
