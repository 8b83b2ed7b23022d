package fr.visioaccueil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.InvalidChange;
import fr.visioaccueil.network.Points;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Answers cannot be joined to a person: the tables hold no time and no link to an interview, an invitation or an
 * account; exports and pages show the month at most; one invitation gives one answer, even under a race; each
 * reader sees only their scope. Answers here are given at points the browser journeys do not use.
 */
@PlatformTest
class SurveyAnonymityTest {

    @Autowired WebApplicationContext context;
    @Autowired UserDetailsService staff;
    @Autowired JdbcClient jdbc;
    @Autowired Campaigns campaigns;
    @Autowired SurveyInvitations invitations;
    @Autowired SurveyAnswers answers;
    @Autowired SurveyResults results;
    @Autowired Points points;
    @Autowired Clock clock;

    SurveyFixture fixture;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixture = new SurveyFixture(campaigns, invitations, answers, points, clock);
        fixture.campaign();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void noSurveyTableHoldsATimeOrALinkToAnInterviewAnInvitationOrAnAccount() {
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_answer'")
                .query(String.class).list()).containsExactlyInAnyOrder("id", "campaign_id", "point_id", "kind",
                "organisation_id", "answered_on");
        assertThat(jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_name LIKE 'survey_%' AND (data_type LIKE 'timestamp%' OR data_type LIKE 'time%'
                      OR column_name ~ '(interview|account|staff|invitation|token)')""").query(String.class).list())
                .containsExactly("survey_invitation.token_hash");
    }

    @Test
    void oneCampaignAtATimeIsKeptByTheServiceAndByTheDatabase() {
        Campaign current = fixture.campaign();

        assertThatThrownBy(() -> campaigns.create("Chevauchement", current.endsOn(), null))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("survey.campaign.overlap");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO survey_campaign (name, starts_on, ends_on) VALUES ('x', :d, :d)")
                .param("d", java.sql.Date.valueOf(current.startsOn())).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void twoSubmitsOfTheSameLinkAtTheSameInstantRecordOneAnswer() throws Exception {
        long point = fixture.point("ESP@P Catus");
        String token = invitations.issue(point, VisitKind.INTERNET, null).token();
        Invitation invitation = invitations.find(token).orElseThrow();
        long before = answersAt(point);
        CountDownLatch start = new CountDownLatch(1);
        Callable<SurveyAnswers.Outcome> submit = () -> {
            start.await();
            return answers.record(token, invitation, Map.of());
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(submit);
            var second = pool.submit(submit);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(
                    SurveyAnswers.Outcome.RECORDED, SurveyAnswers.Outcome.REFUSED);
        } finally {
            pool.shutdown();
        }
        assertThat(answersAt(point)).isEqualTo(before + 1);

        MockHttpServletResponse again = mvc.perform(get("/avis/" + token)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("Vous avez déjà répondu");
    }

    @Test
    void expiredUnknownAndTamperedLinksAreRefusedWithAFrenchPage() throws Exception {
        String token = invitations.issue(fixture.point("ESP@P Catus"), VisitKind.INTERNET, null).token();
        jdbc.sql("UPDATE survey_invitation SET expires_on = :day WHERE token_hash = :hash")
                .param("day", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1)))
                .param("hash", InvitationTokens.hashOf(token).orElseThrow()).update();

        assertRefused("/avis/" + token, 410, "Ce lien a expiré");
        assertRefused("/avis/" + InvitationTokens.newToken(), 404, "Ce lien ne marche pas");
        assertRefused("/avis/" + token.substring(0, 42) + "!", 404, "Ce lien ne marche pas");
    }

    @Test
    void theExportHasNoIdentifyingColumnAndNoDayOrTime() throws Exception {
        long catus = fixture.point("ESP@P Catus");
        fixture.answer(catus, VisitKind.VISIO, null, "3");

        String csv = mvc.perform(get("/admin/enquete/reponses.csv").with(as("coordination@espap46.example")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(";"));
        assertThat(header.subList(0, 5)).containsExactly("Campagne", "Mois", "Point d’accueil", "Venu pour", "Organisme");
        assertThat(header.subList(5, header.size())).containsExactlyElementsOf(
                campaigns.questions(fixture.campaign().id()).stream().map(Question::label).toList());
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(csv).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContainPattern("\\d{1,2}[:h]\\d{2}");
        assertThat(lines.get(1).split(";")[1]).matches("\\d{4}-\\d{2}");

        MockHttpServletResponse xlsx = mvc.perform(get("/admin/enquete/reponses.xlsx")
                .with(as("coordination@espap46.example"))).andReturn().getResponse();
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(new String(xlsx.getContentAsByteArray(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void aMediatorReadsOnlyHerPointsAndAPartnerOnlyItsOrganisation() throws Exception {
        long catus = fixture.point("ESP@P Catus");
        long caf = jdbc.sql("SELECT organisation_id FROM staff_account WHERE email = 'agent.caf@espap46.example'")
                .query(Long.class).single();
        fixture.answer(catus, VisitKind.VISIO, caf, "3");

        assertThat(status("/mediateur/enquete/resultats?point=" + catus, "claire.lafon@espap46.example")).isEqualTo(403);
        assertThat(status("/mediateur/enquete/reponses.csv?point=" + catus, "claire.lafon@espap46.example")).isEqualTo(403);
        assertThat(status("/organisme/enquete/resultats?point=" + catus, "agent.caf@espap46.example")).isEqualTo(403);
        String own = page("/mediateur/enquete/resultats", "claire.lafon@espap46.example");
        assertThat(own).contains("id=\"answer-count\">" + answersOf("point_id IN (SELECT point_id FROM staff_point "
                + "WHERE staff_account = (SELECT id FROM staff_account WHERE email = 'claire.lafon@espap46.example'))") + "<");
        String partner = page("/organisme/enquete/resultats", "agent.caf@espap46.example");
        assertThat(partner).contains("id=\"answer-count\">" + answersOf("organisation_id = " + caf) + "<");
        assertThat(results.satisfaction(catus, caf, LocalDate.now(clock), LocalDate.now(clock)).satisfied())
                .isGreaterThanOrEqualTo(1);
    }

    private long answersAt(long point) {
        return answersOf("point_id = " + point);
    }

    private long answersOf(String condition) {
        return jdbc.sql("SELECT count(*) FROM survey_answer WHERE campaign_id = :c AND " + condition)
                .param("c", fixture.campaign().id()).query(Long.class).single();
    }

    private void assertRefused(String path, int status, String title) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(title);
    }

    private int status(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email))).andReturn().getResponse().getStatus();
    }

    private String page(String path, String email) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
        return user(staff.loadUserByUsername(email));
    }
}
