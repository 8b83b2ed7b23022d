package fr.visioaccueil.survey;

import java.util.Arrays;
import java.util.List;

/**
 * One question of a campaign's questionnaire. {@code overall} marks the overall-satisfaction question that
 * the satisfaction figure is computed from.
 */
record Question(long id, long campaignId, int position, QuestionKind kind, String label, boolean required,
                List<String> choices, boolean overall) {

    public List<String> values() {
        return kind.values(choices);
    }

    /** The form field of this question on the answer page. */
    public String field() {
        return "q" + id;
    }

    static List<String> choicesOf(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).distinct().toList();
    }
}
