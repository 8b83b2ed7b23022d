package fr.visioaccueil.visio;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The mediator's side before the call: the request form, then the waiting page kept live. */
@Controller
class RequestController {

    private final Interviews interviews;
    private final Directory directory;
    private final WaitingQueue queue;
    private final AgentPresence presence;
    private final RoomPage roomPage;

    RequestController(Interviews interviews, Directory directory, WaitingQueue queue, AgentPresence presence,
                      RoomPage roomPage) {
        this.interviews = interviews;
        this.directory = directory;
        this.queue = queue;
        this.presence = presence;
        this.roomPage = roomPage;
    }

    @GetMapping("/visio/nouvel-entretien")
    String form(Model model) {
        StaffMember mediator = member();
        Long onlyPoint = mediator.pointIds().size() == 1 ? mediator.pointIds().iterator().next() : null;
        model.addAttribute("requestForm", new RequestForm(onlyPoint, null, "", "", false));
        return formPage(model);
    }

    @PostMapping("/visio/nouvel-entretien")
    String request(@Valid @ModelAttribute("requestForm") RequestForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return formPage(model);
        }
        try {
            return "redirect:/visio/attente/" + interviews.request(form.toRequest(), member()).getId();
        } catch (InterviewRefused refused) {
            errors.rejectValue("organisationId", refused.messageKey());
            return formPage(model);
        }
    }

    @GetMapping("/visio/attente/{id}")
    String waiting(@PathVariable long id, Model model) {
        describe(ownInterview(id), model);
        roomPage.prepareForPoint(model);
        return "visio/waiting";
    }

    @GetMapping("/visio/attente/{id}/etat")
    String state(@PathVariable long id, Model model) {
        describe(ownInterview(id), model);
        return "visio/waiting :: state";
    }

    private void describe(Interview interview, Model model) {
        model.addAttribute("interview", interview)
                .addAttribute("point", directory.point(interview.getPointId()))
                .addAttribute("organisation", directory.organisation(interview.getOrganisationId()))
                .addAttribute("position", queue.position(interview))
                .addAttribute("expectedMinutes", queue.expectedWait(interview).toMinutes())
                .addAttribute("offerAppointment", queue.offerAppointment(interview))
                .addAttribute("admitted", interview.getStatus() == InterviewStatus.ADMITTED)
                .addAttribute("board", directory.servingAny(Set.of(interview.getPointId())))
                .addAttribute("online", presence.organisationsOnline());
    }

    /** The form page around the form already in the model (kept with its errors when refused). */
    private String formPage(Model model) {
        StaffMember mediator = member();
        model.addAttribute("points", directory.points(mediator.pointIds()))
                .addAttribute("organisations", directory.servingAny(mediator.pointIds()));
        return "visio/request";
    }

    private Interview ownInterview(long id) {
        Interview interview = interviews.get(id);
        if (!member().pointIds().contains(interview.getPointId())) {
            throw new AccessDeniedToResource();
        }
        return interview;
    }

    private static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }
}
