package fr.visioaccueil.visio;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.ErrorPages;
import fr.visioaccueil.shared.StaffMember;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Interviews interviews;
    private final RoomPasses passes;
    private final Directory directory;
    private final MessageSource messages;
    private final RoomProperties properties;
    private final TurnCredentials turn;

    RoomController(Interviews interviews, RoomPasses passes, Directory directory, MessageSource messages,
                   RoomProperties properties, TurnCredentials turn) {
        this.interviews = interviews;
        this.passes = passes;
        this.directory = directory;
        this.messages = messages;
        this.properties = properties;
        this.turn = turn;
    }

    @GetMapping("/visio/entretiens/{id}")
    String room(@PathVariable long id, Model model, HttpServletRequest request) {
        Interview interview = interviews.get(id);
        Side side = sideOrRefuse(interview, request);
        model.addAttribute("interview", interview).addAttribute("side", side)
                .addAttribute("point", directory.point(interview.getPointId()))
                .addAttribute("organisation", directory.organisation(interview.getOrganisationId()));
        if (interview.getStatus() != InterviewStatus.ADMITTED) {
            return "visio/over";
        }
        long accountId = member().accountId();
        // the pass and the ICE servers travel in the page: no round trip stands between the page and the call
        model.addAttribute("pass", passes.issue(id, side, accountId))
                .addAttribute("iceServers", iceServersJson(accountId))
                .addAttribute("iceTransportPolicy", properties.iceTransportPolicy());
        return "visio/room";
    }

    private String iceServersJson(long accountId) {
        try {
            return JSON.writeValueAsString(turn.issueFor(accountId).iceServers());
        } catch (JsonProcessingException impossible) {
            // lists of strings always serialise
            throw new IllegalStateException(impossible);
        }
    }

    @GetMapping("/visio/entretiens/{id}/laissez-passer")
    @ResponseBody
    Map<String, String> freshPass(@PathVariable long id, HttpServletRequest request) {
        Side side = sideOrRefuse(interviews.get(id), request);
        return Map.of("jeton", passes.issue(id, side, member().accountId()));
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
            interviews.recordOutcome(id, member(), form.confirmed(), form.outcome(), form.note());
        } catch (InterviewRefused refused) {
            errors.reject(refused.messageKey());
            return outcomePage(id, model);
        }
        redirect.addFlashAttribute("flash", "visio.outcome.saved");
        return "redirect:/visio/file";
    }

    private String outcomePage(long id, Model model) {
        Interview interview = interviews.get(id);
        Interviews.requireAdmittingAgent(interview, member());
        model.addAttribute("interview", interview)
                .addAttribute("outcomes", Outcome.values())
                .addAttribute("point", directory.point(interview.getPointId()));
        return "visio/outcome";
    }

    /** Anyone but the point's mediators and the admitting agent is refused, with the reason in words. */
    private Side sideOrRefuse(Interview interview, HttpServletRequest request) {
        try {
            return RoomAccess.sideOf(interview, member());
        } catch (AccessDeniedToResource refused) {
            ErrorPages.explain(request, messages.getMessage("visio.room.refused", null, LocaleContextHolder.getLocale()));
            throw refused;
        }
    }

    private static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }
}
