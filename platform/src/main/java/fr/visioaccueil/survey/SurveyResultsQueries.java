package fr.visioaccueil.survey;

import fr.visioaccueil.survey.QuestionResult.ValueCount;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of a results page: answers in scope, value counts per question, free texts. */
@Repository
class SurveyResultsQueries {

    private static final String FROM = " FROM survey_response r JOIN survey_answer a ON a.id = r.answer_id WHERE";

    private final JdbcClient jdbc;

    SurveyResultsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long answers(AnswerScope scope) {
        return scope.bind(jdbc.sql("SELECT count(*) FROM survey_answer a WHERE" + scope.where()))
                .query(Long.class).single();
    }

    List<QuestionResult> results(List<Question> questions, AnswerScope scope) {
        Map<Long, List<ValueCount>> counts = scope.bind(jdbc.sql(
                        "SELECT r.question_id, r.value, count(*)" + FROM + scope.where() + " GROUP BY 1, 2"))
                .query((rs, n) -> new ValueCount(rs.getLong(1), rs.getString(2), rs.getLong(3))).list().stream()
                .collect(Collectors.groupingBy(ValueCount::questionId));
        Map<Long, Long> respondents = scope.bind(jdbc.sql(
                        "SELECT r.question_id, count(DISTINCT r.answer_id)" + FROM + scope.where() + " GROUP BY 1"))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return questions.stream().map(question -> QuestionResult.of(question,
                counts.getOrDefault(question.id(), List.of()), respondents.getOrDefault(question.id(), 0L),
                question.kind() == QuestionKind.TEXT ? texts(question.id(), scope) : List.of())).toList();
    }

    private List<String> texts(long questionId, AnswerScope scope) {
        return scope.bind(jdbc.sql("SELECT r.value" + FROM + scope.where()
                        + " AND r.question_id = :question ORDER BY r.value"))
                .param("question", questionId).query(String.class).list();
    }
}
