package fr.visioaccueil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The satisfaction the dashboards read from the counters is the one the answers themselves give, for the network,
 * a point, an organisation and both; an answer counts once, even when its link is submitted twice. Answers here
 * are given at Salviac, a point no other test answers at, and figures are compared before and after.
 */
@PlatformTest
class SatisfactionTallyTest {

    @Autowired Campaigns campaigns;
    @Autowired SurveyInvitations invitations;
    @Autowired SurveyAnswers answers;
    @Autowired SurveyResults results;
    @Autowired Points points;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    SurveyFixture fixture;
    LocalDate today;
    long salviac;
    long caf;

    @BeforeEach
    void setUp() {
        fixture = new SurveyFixture(campaigns, invitations, answers, points, clock);
        fixture.campaign();
        today = LocalDate.now(clock);
        salviac = fixture.point("ESP@P Salviac");
        caf = jdbc.sql("SELECT organisation_id FROM staff_account WHERE email = 'agent.caf@espap46.example'")
                .query(Long.class).single();
    }

    @Test
    void theCountersGiveTheSameSatisfactionAsTheAnswersForEveryScope() {
        Satisfaction network = results.satisfaction(null, null, today, today);
        Satisfaction point = results.satisfaction(salviac, null, today, today);
        Satisfaction organisation = results.satisfaction(null, caf, today, today);

        fixture.answer(salviac, VisitKind.VISIO, caf, "3");
        fixture.answer(salviac, VisitKind.VISIO, caf, "1");
        fixture.answer(salviac, VisitKind.INTERNET, null, "2");

        assertThat(minus(results.satisfaction(null, null, today, today), network)).isEqualTo(new Satisfaction(3, 2));
        assertThat(minus(results.satisfaction(salviac, null, today, today), point)).isEqualTo(new Satisfaction(3, 2));
        assertThat(minus(results.satisfaction(null, caf, today, today), organisation))
                .isEqualTo(new Satisfaction(2, 1));
        for (Long pointId : new Long[] {null, salviac}) {
            for (Long organisationId : new Long[] {null, caf}) {
                assertThat(results.satisfaction(pointId, organisationId, today, today))
                        .as("point %s, organisation %s", pointId, organisationId)
                        .isEqualTo(results.satisfaction(new AnswerScope(null,
                                pointId == null ? null : Set.of(pointId), organisationId, today, today)));
            }
        }
    }

    @Test
    void aSecondSubmitOfTheSameLinkCountsNothing() {
        Satisfaction before = results.satisfaction(salviac, null, today, today);
        String token = invitations.issue(salviac, VisitKind.INTERNET, null).token();
        Invitation invitation = invitations.find(token).orElseThrow();
        Question overall = campaigns.questions(fixture.campaign().id()).stream().filter(Question::overall)
                .findFirst().orElseThrow();

        assertThat(answers.record(token, invitation, Map.of(overall.id(), List.of("3"))))
                .isEqualTo(SurveyAnswers.Outcome.RECORDED);
        assertThat(answers.record(token, invitation, Map.of(overall.id(), List.of("1"))))
                .isEqualTo(SurveyAnswers.Outcome.REFUSED);

        assertThat(minus(results.satisfaction(salviac, null, today, today), before)).isEqualTo(new Satisfaction(1, 1));
    }

    @Test
    void theFiguresOfOtherDaysAreNotTouched() {
        LocalDate yesterday = today.minusDays(1);
        Satisfaction before = results.satisfaction(null, null, yesterday, yesterday);

        fixture.answer(salviac, VisitKind.VISIO, caf, "2");

        assertThat(results.satisfaction(null, null, yesterday, yesterday)).isEqualTo(before);
    }

    private static Satisfaction minus(Satisfaction after, Satisfaction before) {
        return new Satisfaction(after.answers() - before.answers(), after.satisfied() - before.satisfied());
    }
}
