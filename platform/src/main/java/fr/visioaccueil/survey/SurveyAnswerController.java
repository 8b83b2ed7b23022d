package fr.visioaccueil.survey;

import fr.visioaccueil.network.Points;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's questionnaire, without an account and without JavaScript. In kiosk mode ({@code ?borne}, on the
 * point's screen) the page has no link at all and ends on a thank-you page that leads nowhere.
 */
@Controller
class SurveyAnswerController {

    private final SurveyInvitations invitations;
    private final Campaigns campaigns;
    private final SurveyAnswers answers;
    private final Points points;

    SurveyAnswerController(SurveyInvitations invitations, Campaigns campaigns, SurveyAnswers answers, Points points) {
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.answers = answers;
        this.points = points;
    }

    @GetMapping("/avis/{token}")
    String questionnaire(@PathVariable String token, @RequestParam(name = "borne", required = false) String kiosk,
                         Model model, HttpServletResponse response) {
        Optional<Invitation> invitation = invitations.find(token);
        InvitationState state = invitations.state(invitation);
        if (state != InvitationState.OPEN) {
            return refused(state, kiosk != null, model, response);
        }
        return page(token, invitation.get(), kiosk != null, Map.of(), Map.of(), model);
    }

    @PostMapping("/avis/{token}")
    String answer(@PathVariable String token, @RequestParam(name = "borne", required = false) String kiosk,
                  @RequestParam MultiValueMap<String, String> sent, Model model, HttpServletResponse response) {
        Optional<Invitation> invitation = invitations.find(token);
        InvitationState state = invitations.state(invitation);
        if (state != InvitationState.OPEN) {
            return refused(state, kiosk != null, model, response);
        }
        AnswerCheck check = AnswerCheck.of(campaigns.questions(invitation.get().campaignId()), sent);
        if (!check.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(token, invitation.get(), kiosk != null, check.values(), check.errors(), model);
        }
        if (answers.record(token, invitation.get(), check.values()) == SurveyAnswers.Outcome.REFUSED) {
            return refused(InvitationState.USED, kiosk != null, model, response);
        }
        return kiosk != null ? "redirect:/avis/merci?borne" : "redirect:/avis/merci";
    }

    @GetMapping("/avis/merci")
    String thanks(@RequestParam(name = "borne", required = false) String kiosk, Model model) {
        model.addAttribute("kiosk", kiosk != null);
        return "survey/thanks";
    }

    private String page(String token, Invitation invitation, boolean kiosk, Map<Long, List<String>> values,
                        Map<String, AnswerCheck.Problem> errors, Model model) {
        model.addAttribute("token", token).addAttribute("kiosk", kiosk)
                .addAttribute("pointName", points.get(invitation.pointId()).getName())
                .addAttribute("questions", campaigns.questions(invitation.campaignId()))
                .addAttribute("values", values).addAttribute("errors", errors);
        return "survey/answer";
    }

    private static String refused(InvitationState state, boolean kiosk, Model model, HttpServletResponse response) {
        response.setStatus(switch (state) {
            case UNKNOWN -> HttpStatus.NOT_FOUND.value();
            case USED -> HttpStatus.CONFLICT.value();
            default -> HttpStatus.GONE.value();
        });
        model.addAttribute("state", state).addAttribute("kiosk", kiosk);
        return "survey/refused";
    }
}
