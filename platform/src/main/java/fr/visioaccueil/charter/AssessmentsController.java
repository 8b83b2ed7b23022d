package fr.visioaccueil.charter;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A point's charter: its assessment of every commitment, edited by the point's mediator (their points only) or
 * by the coordinator (any point), in the area the page was opened from.
 */
@Controller
class AssessmentsController {

    private final Charter charter;
    private final Points points;

    AssessmentsController(Charter charter, Points points) {
        this.charter = charter;
        this.points = points;
    }

    @GetMapping("/mediateur/charte")
    String mediatorPoints(Model model) {
        var own = member().pointIds();
        model.addAttribute("points", points.all().stream().filter(p -> own.contains(p.getId())).toList());
        return "charter/mediator-points";
    }

    @GetMapping({"/admin/charte/points/{id}", "/mediateur/charte/points/{id}"})
    String point(@PathVariable long id, HttpServletRequest request, Model model) {
        Point point = reachable(id);
        Map<Long, Assessment> byCommitment = charter.assessmentsOf(id).stream()
                .collect(Collectors.toMap(Assessment::commitmentId, Function.identity()));
        model.addAttribute("point", point).addAttribute("base", base(id, request))
                .addAttribute("commitments", charter.commitments()).addAttribute("assessments", byCommitment);
        return "charter/point";
    }

    @GetMapping({"/admin/charte/points/{id}/engagements/{commitment}",
            "/mediateur/charte/points/{id}/engagements/{commitment}"})
    String form(@PathVariable long id, @PathVariable long commitment, HttpServletRequest request, Model model) {
        reachable(id);
        model.addAttribute("assessmentForm", charter.assessment(id, commitment).map(AssessmentForm::of)
                .orElseGet(AssessmentForm::empty));
        return formPage(id, commitment, request, model);
    }

    @PostMapping({"/admin/charte/points/{id}/engagements/{commitment}",
            "/mediateur/charte/points/{id}/engagements/{commitment}"})
    String save(@PathVariable long id, @PathVariable long commitment,
                @Valid @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult errors,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Point point = reachable(id);
        EvidenceFile file = evidence(form.file(), errors);
        if (errors.hasErrors()) {
            return formPage(id, commitment, request, model);
        }
        charter.assess(id, point.getName(), commitment, form.version(), form.arrangementsText(), form.status(),
                form.evidenceText(), file);
        redirect.addFlashAttribute("flash", "app.saved");
        return "redirect:" + base(id, request);
    }

    @GetMapping({"/admin/charte/points/{id}/engagements/{commitment}/preuve",
            "/mediateur/charte/points/{id}/engagements/{commitment}/preuve"})
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long commitment) {
        reachable(id);
        EvidenceFile file = charter.file(id, commitment).orElseThrow(() -> new NotFound("Preuve", commitment));
        // always an attachment: an uploaded file is never shown inline from our origin
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private String formPage(long id, long commitment, HttpServletRequest request, Model model) {
        model.addAttribute("point", points.get(id)).addAttribute("commitment", charter.commitment(commitment))
                .addAttribute("base", base(id, request))
                .addAttribute("hasFile", charter.file(id, commitment).isPresent())
                .addAttribute("statuses", Status.values());
        return "charter/assessment-form";
    }

    private static EvidenceFile evidence(MultipartFile upload, BindingResult errors) {
        if (upload == null || upload.isEmpty()) {
            return null;
        }
        try {
            EvidenceFile file = EvidenceFile.from(upload.getOriginalFilename(), upload.getBytes()).orElse(null);
            if (file == null) {
                errors.rejectValue("file", "charter.file.type");
            }
            return file;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The point's charter page in the area (coordinator or mediator) the request came from. */
    private static String base(long id, HttpServletRequest request) {
        boolean mediator = request.getRequestURI().startsWith(request.getContextPath() + "/mediateur/");
        return (mediator ? "/mediateur" : "/admin") + "/charte/points/" + id;
    }

    private Point reachable(long id) {
        if (!member().reachesPoint(id)) {
            throw new AccessDeniedToResource();
        }
        return points.get(id);
    }

    private static fr.visioaccueil.shared.StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }
}
