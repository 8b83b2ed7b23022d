package fr.visioaccueil.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import fr.visioaccueil.survey.SurveyAnswering;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bookings and the survey seen by the evaluation: appointments booked, cancelled, moved and missed reach the
 * grid and the no-show tile through the booking module's events, survey answers given through invitations reach the
 * satisfaction tile, and each dashboard counts only its own scope. Everything sits in September 2024, a month no
 * other test of the shared database uses.
 */
@PlatformTest
@AutoConfigureMockMvc
class EvaluationAppointmentsTest {

    static final String NADIA_GOURDON = "nadia.cayrou@espap46.example";
    static final String AGENT_ANPE = "agent.anpe@espap46.example";
    static final String PERIOD = "?du=2024-09-01&au=2024-09-30";

    @Autowired MockMvc mvc;
    @Autowired Grids grids;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;

    @Test
    void appointmentsAndAnswersShowInTheGridAndTheDashboardsOfTheirScopeOnly() throws Exception {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        StaffSessions sessions = new StaffSessions(users);
        long bretenoux = fixtures.point("ESP@P Bretenoux");
        long gourdon = fixtures.point("ESP@P Gourdon");
        long caf = fixtures.organisation("CAF");
        long anpe = fixtures.organisation("ANPE");
        book(fixtures, bretenoux, caf, anpe, gourdon);
        SurveyAnswering survey = SurveyAnswering.of(context);
        try {
            answer(survey, bretenoux, gourdon, caf, anpe);
            assertTheFigures(sessions, bretenoux, gourdon, caf, anpe);
        } finally {
            survey.forget();
        }
    }

    private void assertTheFigures(StaffSessions sessions, long bretenoux, long gourdon, long caf, long anpe)
            throws Exception {

        GridView week = grids.view(bretenoux, Week.parse("2024-W36").orElseThrow());
        assertThat(week.appointments().get(0).days()).containsExactly(0, 1, 0, 2, 0, 1, 0);
        assertThat(week.appointments().get(1).days()).containsExactly(0, 0, 0, 1, 0, 0, 0);
        assertThat(week.total()).isZero();   // appointments are not services: the honoured ones count as visio
        mvc.perform(get("/evaluation/points/" + bretenoux + "/grille/2024-W36")
                        .with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Rendez-vous prévus")))
                .andExpect(content().string(containsString("id=\"total-semaine\">0<")));

        expect(sessions.as(StaffSessions.COORDINATOR), "/evaluation/reseau", "71 % satisfaits", "33 %",
                "2 absences sur 6 rendez-vous dus");
        mvc.perform(get("/evaluation/reseau" + PERIOD).with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(content().string(containsString("7 réponses")))
                .andExpect(content().string(containsString("6 rendez-vous pris pour la période")));
        expect(sessions.as(StaffSessions.MEDIATOR_BRETENOUX), "/evaluation/points/" + bretenoux, "80 % satisfaits",
                "25 %", "1 absence sur 4 rendez-vous dus");
        expect(sessions.as(NADIA_GOURDON), "/evaluation/points/" + gourdon, "50 % satisfaits", "50 %",
                "1 absence sur 2 rendez-vous dus");
        expect(sessions.as(StaffSessions.AGENT_CAF), "/evaluation/organismes/" + caf, "75 % satisfaits", "25 %",
                "1 absence sur 4 rendez-vous dus");
        expect(sessions.as(AGENT_ANPE), "/evaluation/organismes/" + anpe, "50 % satisfaits", "50 %",
                "1 absence sur 2 rendez-vous dus");
        mvc.perform(get("/evaluation/points/" + gourdon + PERIOD).with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/organismes/" + anpe + PERIOD).with(sessions.as(StaffSessions.AGENT_CAF)))
                .andExpect(status().isForbidden());
    }

    /**
     * Bretenoux: CAF on Tuesday; CAF on Tuesday, cancelled; CAF moved from Wednesday to Thursday, then within
     * Thursday (taken from and added to one day's counters in one statement); ANPE on Thursday,
     * missed; ANPE on Friday 22:30 UTC, Saturday in Paris. Gourdon: CAF on Monday, missed; CAF on Tuesday.
     * Delivered twice, the booking of the first one counts once.
     */
    private static void book(EvaluationFixtures fixtures, long bretenoux, long caf, long anpe, long gourdon) {
        fixtures.booked(900_001, bretenoux, caf, at("2024-09-03T08:00:00Z"));
        fixtures.booked(900_001, bretenoux, caf, at("2024-09-03T08:00:00Z"));
        fixtures.booked(900_002, bretenoux, caf, at("2024-09-03T09:00:00Z"));
        fixtures.cancelled(900_002, bretenoux, caf, at("2024-09-03T09:00:00Z"));
        fixtures.booked(900_003, bretenoux, caf, at("2024-09-04T08:00:00Z"));
        fixtures.moved(900_003, bretenoux, caf, at("2024-09-04T08:00:00Z"), at("2024-09-05T12:00:00Z"));
        fixtures.moved(900_003, bretenoux, caf, at("2024-09-05T12:00:00Z"), at("2024-09-05T14:00:00Z"));
        fixtures.booked(900_004, bretenoux, anpe, at("2024-09-05T08:00:00Z"));
        fixtures.noShow(900_004, bretenoux, anpe, at("2024-09-05T08:00:00Z"));
        fixtures.booked(900_005, bretenoux, anpe, at("2024-09-06T22:30:00Z"));
        fixtures.booked(900_006, gourdon, caf, at("2024-09-02T08:00:00Z"));
        fixtures.noShow(900_006, gourdon, caf, at("2024-09-02T08:00:00Z"));
        fixtures.booked(900_007, gourdon, caf, at("2024-09-03T08:00:00Z"));
    }

    /** Bretenoux: CAF 3, 3, 3, 1 and an Internet consultation 2; Gourdon: ANPE 1, 3. Faces 2 and 3 are satisfied. */
    private static void answer(SurveyAnswering survey, long bretenoux, long gourdon, long caf, long anpe) {
        LocalDate day = LocalDate.parse("2024-09-10");
        for (String face : new String[] {"3", "3", "3", "1"}) {
            survey.answer(bretenoux, caf, face, day);
        }
        survey.answer(bretenoux, null, "2", day);
        survey.answer(gourdon, anpe, "1", day);
        survey.answer(gourdon, anpe, "3", day);
    }

    private void expect(org.springframework.test.web.servlet.request.RequestPostProcessor who, String page,
                        String satisfied, String noShowRate, String noShowDetail) throws Exception {
        mvc.perform(get(page + PERIOD).with(who)).andExpect(status().isOk())
                .andExpect(content().string(containsString(satisfied)))
                .andExpect(content().string(containsString("id=\"tuile-absences\">" + noShowRate + "<")))
                .andExpect(content().string(containsString(noShowDetail)));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
