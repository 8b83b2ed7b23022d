package fr.visioaccueil.survey;

import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Survey answers for the tests of other modules (the evaluation dashboards): given through a real invitation of
 * the current campaign, then dated on a chosen day, so that a test's figures sit in a period no other test of the
 * shared database answers in. Tests run one after the other, so the answers after the highest id are this call's.
 * Their satisfaction counts move with them to that day. Dated before their campaign began, they are a state no
 * user can make: {@link #forget} removes them and their counts once the test has read its figures, so that the
 * survey's own tests never meet them.
 */
public final class SurveyAnswering {

    private final SurveyFixture fixture;
    private final JdbcClient jdbc;
    private final SatisfactionTally tally;
    private final List<Long> given = new ArrayList<>();

    private SurveyAnswering(SurveyFixture fixture, JdbcClient jdbc, SatisfactionTally tally) {
        this.fixture = fixture;
        this.jdbc = jdbc;
        this.tally = tally;
    }

    public static SurveyAnswering of(ApplicationContext context) {
        return new SurveyAnswering(new SurveyFixture(context.getBean(Campaigns.class),
                context.getBean(SurveyInvitations.class), context.getBean(SurveyAnswers.class),
                context.getBean(Points.class), context.getBean(Clock.class)), context.getBean(JdbcClient.class),
                context.getBean(SatisfactionTally.class));
    }

    /**
     * One answer to the overall question with {@code face} (1–3; 2 and 3 are satisfied) after a visio interview
     * with that organisation, or after an Internet consultation when it is null.
     */
    public void answer(long pointId, Long organisationId, String face, LocalDate answeredOn) {
        fixture.campaign();
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM survey_answer").query(Long.class).single();
        fixture.answer(pointId, organisationId == null ? VisitKind.INTERNET : VisitKind.VISIO, organisationId, face);
        List<Long> ids = jdbc.sql("SELECT id FROM survey_answer WHERE id > :before").param("before", before)
                .query(Long.class).list();
        tally.count(ids, -1);
        jdbc.sql("UPDATE survey_answer SET answered_on = :day WHERE id IN (:ids)")
                .param("day", java.sql.Date.valueOf(answeredOn)).param("ids", ids).update();
        tally.count(ids, 1);
        given.addAll(ids);
    }

    /** Removes the answers given through this helper. */
    public void forget() {
        if (!given.isEmpty()) {
            tally.count(given, -1);
            jdbc.sql("DELETE FROM survey_response WHERE answer_id IN (:ids)").param("ids", given).update();
            jdbc.sql("DELETE FROM survey_answer WHERE id IN (:ids)").param("ids", given).update();
            given.clear();
        }
    }
}
