package fr.visioaccueil.survey;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the {@link AnswerTable} of the answers in a scope. */
@Component
class AnswerExport {

    static final List<String> FIXED_COLUMNS = List.of("campaign", "month", "point", "kind", "organisation");

    private final JdbcClient jdbc;
    private final Points points;
    private final Organisations organisations;
    private final MessageSource messages;

    AnswerExport(JdbcClient jdbc, Points points, Organisations organisations, MessageSource messages) {
        this.jdbc = jdbc;
        this.points = points;
        this.organisations = organisations;
        this.messages = messages;
    }

    private record Row(long answerId, String month, long pointId, String kind, Long organisationId) {
    }

    AnswerTable empty(Locale locale) {
        return new AnswerTable(header(List.of(), locale), List.of());
    }

    AnswerTable table(Campaign campaign, List<Question> questions, AnswerScope scope, Locale locale) {
        List<String> header = header(questions, locale);
        Map<Long, Map<Long, List<String>>> responses = responses(scope);
        Map<Long, String> pointNames = points.all().stream().collect(Collectors.toMap(Point::getId, Point::getName));
        Map<Long, String> organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        List<List<String>> rows = rows(scope).stream().map(row -> {
            List<String> cells = new ArrayList<>(List.of(campaign.name(), row.month(),
                    pointNames.getOrDefault(row.pointId(), ""),
                    messages.getMessage("survey.kind." + row.kind(), null, locale),
                    row.organisationId() == null ? "" : organisationNames.getOrDefault(row.organisationId(), "")));
            Map<Long, List<String>> given = responses.getOrDefault(row.answerId(), Map.of());
            questions.forEach(q -> cells.add(String.join(" ; ", given.getOrDefault(q.id(), List.of()))));
            return List.copyOf(cells);
        }).toList();
        return new AnswerTable(header, rows);
    }

    private List<String> header(List<Question> questions, Locale locale) {
        return Stream.concat(FIXED_COLUMNS.stream()
                .map(column -> messages.getMessage("survey.export." + column, null, locale)),
                questions.stream().map(Question::label)).toList();
    }

    private List<Row> rows(AnswerScope scope) {
        // md5 of the id shuffles the answers within a point and month: their order must not reveal when they came
        return scope.bind(jdbc.sql("SELECT a.id, to_char(a.answered_on, 'YYYY-MM'), a.point_id, a.kind, "
                        + "a.organisation_id FROM survey_answer a WHERE" + scope.where()
                        + " ORDER BY a.point_id, 2, md5(a.id::text)"))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, Long.class))).list();
    }

    private Map<Long, Map<Long, List<String>>> responses(AnswerScope scope) {
        Map<Long, Map<Long, List<String>>> byAnswer = new HashMap<>();
        scope.bind(jdbc.sql("SELECT r.answer_id, r.question_id, r.value FROM survey_response r "
                        + "JOIN survey_answer a ON a.id = r.answer_id WHERE" + scope.where() + " ORDER BY r.value"))
                .query(rs -> {
                    byAnswer.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), id -> new ArrayList<>()).add(rs.getString(3));
                });
        return byAnswer;
    }
}
