package fr.visioaccueil.survey;

import java.util.List;

/** A question's results: respondents, the bars of its values, or the free texts (alphabetical, never dated). */
record QuestionResult(Question question, long respondents, List<Bar> bars, List<String> texts) {

    static QuestionResult of(Question question, List<ValueCount> counts, long respondents, List<String> texts) {
        List<Bar> bars = question.values().stream().map(value -> {
            long count = counts.stream().filter(c -> c.value().equals(value)).mapToLong(ValueCount::count).sum();
            int percent = respondents == 0 ? 0 : (int) Math.round(100.0 * count / respondents);
            return new Bar(value, labelKey(question.kind(), value), value, count, percent);
        }).toList();
        return new QuestionResult(question, respondents, bars, texts);
    }

    private static String labelKey(QuestionKind kind, String value) {
        return switch (kind) {
            case SMILEY3 -> "survey.smiley." + value;
            case SCALE5 -> "survey.scale." + value;
            default -> null;
        };
    }

    /** How many answers gave a value to a question. */
    record ValueCount(long questionId, String value, long count) {
    }
}
