package fr.visioaccueil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a citizen may send: required answers, offered values only, free text of 500 characters at most. */
class AnswerCheckTest {

    private static final Question OVERALL = new Question(1, 9, 1, QuestionKind.SMILEY3, "Content ?", true, List.of(), true);
    private static final Question CLARITY = new Question(2, 9, 2, QuestionKind.SCALE5, "Clair ?", false, List.of(), false);
    private static final Question AGAIN = new Question(3, 9, 3, QuestionKind.SINGLE, "Revenir ?", false,
            List.of("Oui", "Non"), false);
    private static final Question HARD = new Question(4, 9, 4, QuestionKind.MULTIPLE, "Difficile ?", false,
            List.of("Rien", "Attendre", "Papiers"), false);
    private static final Question COMMENT = new Question(5, 9, 5, QuestionKind.TEXT, "Autre ?", false, List.of(), false);
    private static final List<Question> QUESTIONS = List.of(OVERALL, CLARITY, AGAIN, HARD, COMMENT);

    @Test
    void aCompleteAnswerIsValidAndKeepsItsValuesStripped() {
        AnswerCheck check = AnswerCheck.of(QUESTIONS, Map.of("q1", List.of("3"), "q2", List.of("4"),
                "q3", List.of("Oui"), "q4", List.of("Attendre", "Papiers"), "q5", List.of("  Très bien.  ")));

        assertThat(check.valid()).isTrue();
        assertThat(check.values()).containsEntry(4L, List.of("Attendre", "Papiers")).containsEntry(5L, List.of("Très bien."));
    }

    @Test
    void onlyTheRequiredQuestionMustBeAnswered() {
        assertThat(AnswerCheck.of(QUESTIONS, Map.of("q1", List.of("1"))).valid()).isTrue();

        AnswerCheck empty = AnswerCheck.of(QUESTIONS, Map.of("q5", List.of("   ")));
        assertThat(empty.errors()).containsOnlyKeys("q1");
        assertThat(empty.errors().get("q1").key()).isEqualTo("survey.answer.required");
    }

    @Test
    void aFreeTextOver500CharactersIsRefusedWithItsLength() {
        AnswerCheck check = AnswerCheck.of(QUESTIONS, Map.of("q1", List.of("2"), "q5", List.of("é".repeat(501))));

        assertThat(check.errors()).containsOnlyKeys("q5");
        assertThat(check.errors().get("q5")).isEqualTo(new AnswerCheck.Problem("survey.answer.tooLong", 501));
        assertThat(check.values().get(5L)).containsExactly("é".repeat(501));
        assertThat(AnswerCheck.of(QUESTIONS, Map.of("q1", List.of("2"), "q5", List.of("é".repeat(500)))).valid()).isTrue();
    }

    @Test
    void valuesNotOfferedOrSeveralForASingleChoiceAreRefused() {
        Map<String, List<String>> forged = Map.of("q1", List.of("4"), "q2", List.of("0"), "q3", List.of("Oui", "Non"),
                "q4", List.of("Rien", "Rien"));

        AnswerCheck check = AnswerCheck.of(QUESTIONS, forged);

        assertThat(check.errors()).containsOnlyKeys("q1", "q2", "q3", "q4");
        assertThat(check.errors().values()).extracting(AnswerCheck.Problem::key).containsOnly("survey.answer.invalid");
    }

    @Test
    void satisfiedMeansTheTwoBestFacesOfThreeOrFourAndFiveOfFive() {
        assertThat(List.of("1", "2", "3").stream().filter(QuestionKind.SMILEY3::satisfied)).containsExactly("2", "3");
        assertThat(List.of("1", "2", "3", "4", "5").stream().filter(QuestionKind.SCALE5::satisfied))
                .containsExactly("4", "5");
        assertThat(QuestionKind.SINGLE.satisfied("Oui")).isFalse();
        assertThat(new Satisfaction(3, 2).percent()).isEqualTo(67);
        assertThat(new Satisfaction(0, 0).percent()).isNull();
    }
}
