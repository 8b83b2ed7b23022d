package fr.visioaccueil.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.visio.InterviewRequest;
import fr.visioaccueil.visio.Interviews;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
@AutoConfigureMockMvc
class EvaluationFlowTest {

    static final String NADIA_GOURDON = "nadia.cayrou@espap46.example";
    static final String AGENT_ANPE = "agent.anpe@espap46.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    Interviews interviews;
    @Autowired
    Grids grids;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    GridReminderJob reminderJob;

    StaffSessions sessions;
    EvaluationFixtures fixtures;
    long bretenoux;
    long gourdon;

    @BeforeEach
    void setUp() {
        sessions = new StaffSessions(users);
        fixtures = EvaluationFixtures.of(context);
        bretenoux = fixtures.point("ESP@P Bretenoux");
        gourdon = fixtures.point("ESP@P Gourdon");
    }

    private int cell(String rowKey, Week week) {
        GridRow row = grids.view(bretenoux, week).row(rowKey);
        return row == null ? 0 : row.total();
    }

    @Test
    void anInterviewHungUpWithoutOutcomeIsCountedOnceWithNoTyping() {
        long caf = fixtures.organisation("CAF");
        Week week = Week.of(clock.instant());
        int before = cell("VISIO-" + caf, week);
        StaffMember claire = (StaffMember) users.loadUserByUsername(StaffSessions.MEDIATOR_BRETENOUX);
        long id = interviews.request(new InterviewRequest(bretenoux, caf, "Grille", null, true), claire).getId();
        interviews.admit(id, (StaffMember) users.loadUserByUsername(StaffSessions.AGENT_CAF));
        interviews.hangUp(id);

        fixtures.awaitCounted(id);
        assertThat(cell("VISIO-" + caf, week)).isEqualTo(before + 1);
        // delivered again (a republication after a restart): still counted once
        fixtures.ended(id, bretenoux, caf, clock.instant(), 3);
        assertThat(cell("VISIO-" + caf, week)).isEqualTo(before + 1);
    }

    @Test
    void theDeskCountsAndUndoesAndAValidatedWeekIsLockedUntilTheCoordinatorReopensIt() throws Exception {
        Week week = Week.of(clock.instant());
        String grid = "/evaluation/points/" + bretenoux + "/grille/" + week;
        int before = cell("DOCUMENTS", week);
        String desk = "/evaluation/points/" + bretenoux + "/guichet";
        var mediator = sessions.as(StaffSessions.MEDIATOR_BRETENOUX);
        mvc.perform(post(desk).with(csrf()).with(mediator).param("kind", "DOCUMENTS"))
                .andExpect(status().is3xxRedirection());
        String location = mvc.perform(post(desk).with(csrf()).with(mediator).param("kind", "DOCUMENTS"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(cell("DOCUMENTS", week)).isEqualTo(before + 2);
        String entry = location.replaceAll(".*dernier=", "");
        mvc.perform(post(desk + "/annulation").with(csrf()).with(sessions.as("thomas.rigal@espap46.example"))
                .param("entry", entry)).andExpect(status().isNotFound());
        mvc.perform(post(desk + "/annulation").with(csrf()).with(mediator).param("entry", entry))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(desk + "/annulation").with(csrf()).with(mediator).param("entry", entry))
                .andExpect(status().isNotFound());
        assertThat(cell("DOCUMENTS", week)).isEqualTo(before + 1);
        mvc.perform(post(desk).with(csrf()).with(mediator).param("kind", "VISIO")).andExpect(status().isConflict());

        mvc.perform(post(grid + "/correction").with(csrf()).with(mediator).param("c-DOCUMENTS-0", "douze")
                .param("reason", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Saisissez un nombre entier entre 0 et 9999.")))
                .andExpect(content().string(containsString("value=\"douze\"")));
        mvc.perform(post(grid + "/correction").with(csrf()).with(mediator).param("c-INTERNET-0", "7")
                .param("reason", "Oubli du lundi")).andExpect(status().is3xxRedirection());
        assertThat(grids.view(bretenoux, week).row("INTERNET").days()[0]).isEqualTo(7);

        mvc.perform(post(grid + "/validation").with(csrf()).with(mediator)).andExpect(status().is3xxRedirection());
        mvc.perform(post(desk).with(csrf()).with(mediator).param("kind", "DOCUMENTS")).andExpect(status().isConflict());
        mvc.perform(post(grid + "/reouverture").with(csrf()).with(mediator)).andExpect(status().isForbidden());
        mvc.perform(get(grid).with(mediator)).andExpect(content().string(containsString("Oubli du lundi")))
                .andExpect(content().string(containsString("Semaine validée par claire.lafon@espap46.example")));
        mvc.perform(post(grid + "/reouverture").with(csrf()).with(sessions.as(StaffSessions.COORDINATOR))
                .param("reason", "Erreur de saisie")).andExpect(status().is3xxRedirection());
        mvc.perform(post(desk).with(csrf()).with(mediator).param("kind", "DOCUMENTS"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation_grid_log WHERE point_id = :p AND monday = :m")
                .param("p", bretenoux).param("m", week.monday()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aPointSeesOnlyItsGridsAndAnOrganisationOnlyItsFigures() throws Exception {
        Week week = Week.of(clock.instant());
        var mediator = sessions.as(StaffSessions.MEDIATOR_BRETENOUX);
        long anpe = fixtures.organisation("ANPE");
        mvc.perform(get("/evaluation/points/" + gourdon + "/grille/" + week).with(mediator))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/points/" + gourdon + "/grille/" + week + ".csv").with(mediator))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/points/" + gourdon).with(mediator)).andExpect(status().isForbidden());
        mvc.perform(post("/evaluation/points/" + gourdon + "/guichet").with(csrf()).with(mediator)
                .param("kind", "DOCUMENTS")).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/organismes/" + anpe).with(sessions.as(StaffSessions.AGENT_CAF)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/organismes/" + anpe + "/export.csv").with(sessions.as(StaffSessions.AGENT_CAF)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/points/999999/grille/" + week).with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/points/" + bretenoux + "/grille/2025-W53").with(mediator))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDashboardsShowTheFiguresOfTheirScopeAndPeriod() throws Exception {
        long anpe = fixtures.organisation("ANPE");
        long caf = fixtures.organisation("CAF");
        for (int i = 0; i < 20; i++) {
            fixtures.ended(810_000 + i, bretenoux, anpe, Instant.parse("2025-03-03T10:00:00Z").plusSeconds(86_400L * i), 5);
        }
        fixtures.ended(810_100, bretenoux, caf, Instant.parse("2025-03-05T10:00:00Z"), 5);
        String period = "?du=2025-03-01&au=2025-03-31";

        mvc.perform(get("/evaluation/reseau" + period).with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("21 entretiens visio en 1 mois")))
                .andExpect(content().string(containsString("1\u202F520 km évités")))
                .andExpect(content().string(containsString("5,0 min")))
                .andExpect(content().string(containsString("pas encore de réponses")));
        mvc.perform(get("/evaluation/organismes/" + anpe + period).with(sessions.as(AGENT_ANPE)))
                .andExpect(content().string(containsString("20 entretiens visio")))
                .andExpect(content().string(not(containsString(">CAF<"))));
        byte[] csv = mvc.perform(get("/evaluation/points/" + bretenoux + "/export.csv" + period)
                        .with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains("ANPE;20;1520;1640;");
        mvc.perform(get("/evaluation/reseau?du=2025-03-31&au=2025-03-01").with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Période incorrecte")));
    }

    @Test
    void aPastWeekLeftUnvalidatedIsListedAndRemindedToThePointOnceByEmail() throws Exception {
        long catus = fixtures.point("ESP@P Catus");
        Instant twoWeeksAgo = clock.instant().minus(java.time.Duration.ofDays(14));
        Week week = Week.of(twoWeeksAgo);
        fixtures.ended(830_000, catus, fixtures.organisation("CAF"), twoWeeksAgo, 2);

        mvc.perform(get("/evaluation/semaines-non-validees").with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(content().string(containsString("ESP@P Catus")))
                .andExpect(content().string(containsString(week.toString())));
        reminderJob.remind();
        reminderJob.remind();
        assertThat(jdbc.sql("SELECT recipient FROM notification WHERE notification_key = :key")
                .param("key", "grille-" + catus + "-" + week + "-rappel").query(String.class).list())
                .containsExactly("catus@espap46.example");
    }

    @Test
    void aDistanceTableWithOneWrongLineImportsNothing() throws Exception {
        String rows = DistanceImport.HEADER + "\nNouvelle CC,Bourg,1200,CAF,Ville,12,15,0\nNouvelle CC,Bourg,x,CPAM,Ville,12,15,0\n";
        mvc.perform(multipart("/evaluation/distances/import").file(new MockMultipartFile("file", "d.csv", "text/csv",
                        rows.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ligne 3 : la colonne 3 doit être un nombre entier positif.")));
        assertThat(jdbc.sql("SELECT count(*) FROM community WHERE name = 'Nouvelle CC'").query(Long.class).single())
                .isZero();
        mvc.perform(multipart("/evaluation/distances/import").file(new MockMultipartFile("file", "d.csv", "text/csv",
                        rows.replace(",x,", ",1200,").getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM distance d JOIN community c ON c.id = d.community_id "
                + "WHERE c.name = 'Nouvelle CC'").query(Long.class).single()).isEqualTo(2);
    }
}
