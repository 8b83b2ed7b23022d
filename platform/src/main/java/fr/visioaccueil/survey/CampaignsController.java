package fr.visioaccueil.survey;

import fr.visioaccueil.network.InvalidChange;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator runs the campaigns and edits their questionnaire until the first answer. */
@Controller
class CampaignsController {

    private static final String CAMPAIGN = "/admin/enquete/campagnes/";

    private final Campaigns campaigns;
    private final Clock clock;

    CampaignsController(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/admin/enquete")
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("campaignForm", new CampaignForm("", today, campaigns.defaultEnd(today)));
        return listPage(model);
    }

    @PostMapping("/admin/enquete/campagnes")
    String create(@Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = campaigns.create(form.name().strip(), form.startsOn(), form.endsOn());
                redirect.addFlashAttribute("flash", "survey.campaign.created");
                return "redirect:" + CAMPAIGN + id;
            } catch (InvalidChange refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey());
            }
        }
        return listPage(model);
    }

    @GetMapping(CAMPAIGN + "{id}")
    String campaign(@PathVariable long id, Model model) {
        model.addAttribute("questionForm", QuestionForm.empty());
        return campaignPage(id, model);
    }

    @PostMapping(CAMPAIGN + "{id}/questions")
    String addQuestion(@PathVariable long id, @Valid @ModelAttribute("questionForm") QuestionForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                campaigns.addQuestion(id, form.kind(), form.label().strip(), form.required(),
                        Question.choicesOf(form.choices()));
                redirect.addFlashAttribute("flash", "survey.question.added");
                return "redirect:" + CAMPAIGN + id;
            } catch (InvalidChange refusal) {
                errors.rejectValue(refusal.field().equals("choices") ? "choices" : "label", refusal.messageKey());
            }
        }
        return campaignPage(id, model);
    }

    @PostMapping(CAMPAIGN + "{id}/questions/{question}/supprimer")
    String deleteQuestion(@PathVariable long id, @PathVariable long question, RedirectAttributes redirect) {
        campaigns.deleteQuestion(id, question);
        redirect.addFlashAttribute("flash", "survey.question.deleted");
        return "redirect:" + CAMPAIGN + id;
    }

    @PostMapping(CAMPAIGN + "{id}/questions/{question}/deplacer")
    String move(@PathVariable long id, @PathVariable long question, @RequestParam int direction) {
        campaigns.move(id, question, direction);
        return "redirect:" + CAMPAIGN + id;
    }

    @PostMapping(CAMPAIGN + "{id}/clore")
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        campaigns.close(id, version);
        redirect.addFlashAttribute("flash", "survey.campaign.closed");
        return "redirect:" + CAMPAIGN + id;
    }

    private String listPage(Model model) {
        model.addAttribute("campaigns", campaigns.all()).addAttribute("today", LocalDate.now(clock));
        return "survey/campaigns";
    }

    private String campaignPage(long id, Model model) {
        model.addAttribute("campaign", campaigns.get(id)).addAttribute("questions", campaigns.questions(id))
                .addAttribute("frozen", campaigns.isFrozen(id)).addAttribute("kinds", QuestionKind.values())
                .addAttribute("today", LocalDate.now(clock));
        return "survey/campaign";
    }
}
