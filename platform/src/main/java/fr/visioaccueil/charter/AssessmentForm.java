package fr.visioaccueil.charter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * A point's assessment of one commitment as typed; {@code version} is null until the first save; {@code file}
 * is an optional evidence file (PDF, JPEG or PNG).
 */
record AssessmentForm(
        @Size(max = 2000, message = "{validation.size}") String arrangements,
        @NotNull(message = "{validation.required}") Status status,
        @Size(max = 2000, message = "{validation.size}") String evidence,
        MultipartFile file,
        Integer version) {

    static AssessmentForm of(Assessment assessment) {
        return new AssessmentForm(assessment.arrangements(), assessment.status(), assessment.evidence(), null,
                assessment.version());
    }

    static AssessmentForm empty() {
        return new AssessmentForm("", null, "", null, null);
    }

    String arrangementsText() {
        return arrangements == null ? "" : arrangements.strip();
    }

    String evidenceText() {
        return evidence == null ? "" : evidence.strip();
    }
}
