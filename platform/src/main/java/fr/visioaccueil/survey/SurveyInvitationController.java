package fr.visioaccueil.survey;

import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Points;
import jakarta.validation.Valid;
import fr.visioaccueil.shared.PublicUrl;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mediator offers the survey after a visit: a link and QR code to print or read out, or the questionnaire
 * opened at once on the point's screen (kiosk mode). The token is shown once, right after it was made.
 */
@Controller
class SurveyInvitationController {

    private final SurveyInvitations invitations;
    private final Campaigns campaigns;
    private final Points points;
    private final Organisations organisations;
    private final Environment environment;

    SurveyInvitationController(SurveyInvitations invitations, Campaigns campaigns, Points points, Organisations organisations,
                         Environment environment) {
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.points = points;
        this.organisations = organisations;
        this.environment = environment;
    }

    @GetMapping("/mediateur/enquete")
    String form(Model model) {
        var own = SurveyScope.member().pointIds();
        Long onlyPoint = own.size() == 1 ? own.iterator().next() : null;
        model.addAttribute("inviteForm", new InviteForm(onlyPoint, VisitKind.VISIO, null));
        return page(model);
    }

    @PostMapping("/mediateur/enquete/invitation")
    String invite(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        IssuedInvitation issued = issue(form);
        redirect.addFlashAttribute("issued", issued).addFlashAttribute("issuedPoint", points.get(form.pointId()));
        return "redirect:/mediateur/enquete/invitation";
    }

    @GetMapping("/mediateur/enquete/invitation")
    String issued(Model model) {
        if (!(model.getAttribute("issued") instanceof IssuedInvitation issued)) {
            return "redirect:/mediateur/enquete";
        }
        String link = PublicUrl.of(environment) + "/avis/" + issued.token();
        model.addAttribute("link", link).addAttribute("qr", QrCode.of(link));
        return "survey/invitation";
    }

    @PostMapping("/mediateur/enquete/borne")
    String kiosk(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return page(model);
        }
        return "redirect:/avis/" + issue(form).token() + "?borne";
    }

    private IssuedInvitation issue(InviteForm form) {
        SurveyScope.requirePoint(form.pointId());
        Long organisation = form.organisationOrNull();
        if (organisation != null) {
            organisations.get(organisation);
        }
        return invitations.issue(form.pointId(), form.kind(), organisation);
    }

    private String page(Model model) {
        var own = SurveyScope.member().pointIds();
        model.addAttribute("campaign", campaigns.current().orElse(null))
                .addAttribute("points", points.all().stream().filter(p -> own.contains(p.getId())).toList())
                .addAttribute("organisations", organisations.all())
                .addAttribute("kinds", VisitKind.values());
        return "survey/invite";
    }
}
