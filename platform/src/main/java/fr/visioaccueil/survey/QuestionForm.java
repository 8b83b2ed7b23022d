package fr.visioaccueil.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question added to a campaign; choices one per line, for single and multiple choice only. */
record QuestionForm(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size}") String label,
        @NotNull(message = "{validation.required}") QuestionKind kind,
        boolean required,
        @Size(max = 2000, message = "{validation.size}") String choices) {

    static QuestionForm empty() {
        return new QuestionForm("", QuestionKind.SINGLE, false, "");
    }
}
