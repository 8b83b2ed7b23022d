package fr.visioaccueil.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what a citizen sent against the questionnaire: required questions answered, only the offered values,
 * one value for a single choice, free text of at most 500 characters. Typed text is kept as sent (stripped) so
 * that a page with errors shows it again.
 *
 * @param values the cleaned values per question id (empty list: not answered)
 * @param errors message key and figure per form field, in the questionnaire's order
 */
record AnswerCheck(Map<Long, List<String>> values, Map<String, Problem> errors) {

    /** A field's error: its message key and, for a text too long, how many characters were typed. */
    record Problem(String key, int count) {
    }

    boolean valid() {
        return errors.isEmpty();
    }

    static AnswerCheck of(List<Question> questions, Map<String, List<String>> sent) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        Map<String, Problem> errors = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> given = sent.getOrDefault(question.field(), List.of()).stream()
                    .map(value -> value == null ? "" : value.strip()).filter(value -> !value.isEmpty()).toList();
            values.put(question.id(), given);
            Problem problem = problem(question, given);
            if (problem != null) {
                errors.put(question.field(), problem);
            }
        }
        return new AnswerCheck(values, errors);
    }

    private static Problem problem(Question question, List<String> given) {
        if (given.isEmpty()) {
            return question.required() ? new Problem("survey.answer.required", 0) : null;
        }
        if (question.kind() == QuestionKind.TEXT) {
            int length = given.get(0).codePointCount(0, given.get(0).length());
            return given.size() > 1 || length > QuestionKind.TEXT_MAX
                    ? new Problem("survey.answer.tooLong", length) : null;
        }
        if (question.kind() != QuestionKind.MULTIPLE && given.size() > 1
                || !question.values().containsAll(given) || given.stream().distinct().count() < given.size()) {
            return new Problem("survey.answer.invalid", 0);
        }
        return null;
    }
}
