package fr.visioaccueil.survey;

import java.util.List;
import java.util.stream.IntStream;

/** How a question is answered, and which values an answer may hold. */
enum QuestionKind {
    /** Three faces, 1 = not happy … 3 = happy. */
    SMILEY3,
    /** A scale from 1 (not at all) to 5 (completely). */
    SCALE5,
    SINGLE,
    MULTIPLE,
    /** Free text, at most {@link #TEXT_MAX} characters. */
    TEXT;

    static final int TEXT_MAX = 500;

    /** The values a citizen may choose; empty for free text. */
    List<String> values(List<String> choices) {
        return switch (this) {
            case SMILEY3 -> numbers(3);
            case SCALE5 -> numbers(5);
            case SINGLE, MULTIPLE -> choices;
            case TEXT -> List.of();
        };
    }

    public boolean hasChoices() {
        return this == SINGLE || this == MULTIPLE;
    }

    /**
     * Whether an answer to the overall question counts as satisfied: the two best faces of three, or 4–5 of 5.
     * Other kinds never measure satisfaction.
     */
    boolean satisfied(String value) {
        return switch (this) {
            case SMILEY3 -> "2".equals(value) || "3".equals(value);
            case SCALE5 -> "4".equals(value) || "5".equals(value);
            default -> false;
        };
    }

    boolean measuresSatisfaction() {
        return this == SMILEY3 || this == SCALE5;
    }

    private static List<String> numbers(int max) {
        return IntStream.rangeClosed(1, max).mapToObj(String::valueOf).toList();
    }
}
