package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import fr.visioaccueil.shared.AccessDeniedToResource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
@AutoConfigureMockMvc
class VisioQueueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Interviews interviews;
    @Autowired
    WaitingQueue queue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    VisioFixtures fixtures;
    StaffSessions sessions;

    @BeforeEach
    void fixtures() {
        fixtures = VisioFixtures.of(context);
        sessions = new StaffSessions(users);
    }

    @Test
    void aMediatorsRequestJoinsTheQueueAndShowsItsPositionAndExpectedWait() throws Exception {
        long bretenoux = fixtures.point("ESP@P Bretenoux");
        long cpam = fixtures.organisation("CPAM");
        String location = mvc.perform(post("/visio/nouvel-entretien").with(csrf())
                        .with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX))
                        .param("pointId", String.valueOf(bretenoux)).param("organisationId", String.valueOf(cpam))
                        .param("motif", "Carte Vitale perdue").param("citizenName", "")
                        .param("privacyAcknowledged", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/visio/attente/".length()));
        Interview second = fixtures.requestAtBretenoux("CPAM", "Remboursement");

        assertThat(queue.of(cpam)).extracting(WaitingQueue.Entry::interviewId).containsSubsequence(id, second.getId());
        assertThat(queue.position(second)).isEqualTo(queue.position(interviews.get(id)) + 1);
        assertThat(queue.expectedWait(second)).isEqualTo(Duration.ofMinutes(20).multipliedBy(queue.position(second)));
        mvc.perform(get(location).with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Position dans la file")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Organismes joignables maintenant")));
        mvc.perform(get("/visio/file/liste").with(sessions.as("agent.cpam@espap46.example")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Carte Vitale perdue")));
    }

    @Test
    void aRequestWithoutThePrivacyNoticeOrConventionIsRefusedAndNothingIsFiled() throws Exception {
        long before = count();
        mvc.perform(post("/visio/nouvel-entretien").with(csrf()).with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX))
                        .param("pointId", String.valueOf(fixtures.point("ESP@P Bretenoux")))
                        .param("organisationId", String.valueOf(fixtures.organisation("CAF")))
                        .param("motif", "Prime").param("citizenName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Confirmez que l’usager a lu")));
        mvc.perform(post("/visio/nouvel-entretien").with(csrf()).with(sessions.as(VisioFixtures.NADIA_GOURDON))
                        .param("pointId", String.valueOf(fixtures.point("ESP@P Gourdon")))
                        .param("organisationId", String.valueOf(fixtures.organisation("UDAF")))
                        .param("motif", "Tutelle").param("privacyAcknowledged", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("pas de convention en cours")));
        mvc.perform(post("/visio/nouvel-entretien").with(csrf()).with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX))
                        .param("pointId", String.valueOf(fixtures.point("ESP@P Gourdon")))
                        .param("organisationId", String.valueOf(fixtures.organisation("CAF")))
                        .param("motif", "Autre point").param("privacyAcknowledged", "true"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    /**
     * A real race through the service: a third transaction holds the interview's row, so both agents read it
     * waiting and both reach their UPDATE before either commits; once the row is released, exactly one wins and
     * the other's version check fails. The loser must get the "déjà pris" refusal, not a failed commit.
     */
    @Test
    void twoAgentsTakingTheSameRequestAtOnceOneWins() throws Exception {
        long id = fixtures.requestAtBretenoux("CAF", "Course").getId();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<?> holder = pool.submit(() -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> {
                    jdbc.sql("SELECT id FROM interview WHERE id = :id FOR UPDATE").param("id", id).query().listOfRows();
                    held.countDown();
                    await(release);
                }));
        held.await();
        List<Future<String>> agents = List.of(StaffSessions.AGENT_CAF, StaffSessions.CORRESPONDENT_CAF).stream()
                .map(email -> pool.submit(() -> {
                    try {
                        interviews.admit(id, fixtures.staff(email));
                        return "admitted";
                    } catch (InterviewRefused taken) {
                        return taken.messageKey();
                    }
                })).toList();
        awaitUpdatesBlockedOn(2);
        release.countDown();
        holder.get();
        List<String> outcomes = List.of(agents.get(0).get(), agents.get(1).get());
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("admitted", "visio.refused.taken");
        assertThat(interviews.get(id).getStatus()).isEqualTo(InterviewStatus.ADMITTED);
    }

    private void awaitUpdatesBlockedOn(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query ILIKE 'UPDATE%interview%'").query(Long.class).single() < count) {
            assertThat(System.currentTimeMillis()).as("both admissions waiting on the row").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theSecondAgentClickingIsToldItIsAlreadyTakenAndAnotherOrganisationIsRefused() throws Exception {
        long id = fixtures.requestAtBretenoux("CAF", "Déjà pris").getId();
        mvc.perform(post("/visio/file/" + id + "/prendre").with(csrf()).with(sessions.as(VisioFixtures.AGENT_ANPE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/visio/file/" + id + "/prendre").with(csrf()).with(sessions.as(StaffSessions.AGENT_CAF)))
                .andExpect(redirectedUrl("/visio/entretiens/" + id));
        mvc.perform(post("/visio/file/" + id + "/prendre").with(csrf())
                        .with(sessions.as(StaffSessions.CORRESPONDENT_CAF)))
                .andExpect(redirectedUrl("/visio/file")).andExpect(flash().attribute("flash", "visio.refused.taken"));
    }

    @Test
    void takenFromTheQueuesScriptTheRoomComesAtOnceAndARefusalIsABare409() throws Exception {
        long id = fixtures.requestAtBretenoux("CAF", "Sur place").getId();
        mvc.perform(post("/visio/file/" + id + "/prendre").header("X-Visio-Sur-Place", "1").with(csrf())
                        .with(sessions.as(VisioFixtures.AGENT_ANPE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/visio/file/" + id + "/prendre").header("X-Visio-Sur-Place", "1").with(csrf())
                        .with(sessions.as(StaffSessions.AGENT_CAF)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Location", "/visio/entretiens/" + id))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-pass=")));
        mvc.perform(post("/visio/file/" + id + "/prendre").header("X-Visio-Sur-Place", "1").with(csrf())
                        .with(sessions.as(StaffSessions.CORRESPONDENT_CAF)))
                .andExpect(status().isConflict()).andExpect(flash().attributeCount(0));
        assertThat(interviews.get(id).getAdmittedBy()).isEqualTo(fixtures.staff(StaffSessions.AGENT_CAF).accountId());
    }

    @Test
    void onlyThePointsMediatorsAndTheAdmittingAgentEnterTheRoom() throws Exception {
        long id = fixtures.requestAtBretenoux("CAF", "Salle").getId();
        interviews.admit(id, fixtures.staff(StaffSessions.AGENT_CAF));
        for (String allowed : List.of(StaffSessions.MEDIATOR_BRETENOUX, VisioFixtures.THOMAS_BRETENOUX,
                StaffSessions.AGENT_CAF)) {
            mvc.perform(get("/visio/entretiens/" + id).with(sessions.as(allowed))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("data-pass=")));
        }
        for (String refused : List.of(VisioFixtures.NADIA_GOURDON, StaffSessions.CORRESPONDENT_CAF,
                VisioFixtures.AGENT_ANPE)) {
            mvc.perform(get("/visio/entretiens/" + id).with(sessions.as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/visio/entretiens/" + id + "/laissez-passer").with(sessions.as(refused)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theOutcomeWaitsForTheEndAndOnlyTheAdmittingAgentRecordsIt() throws Exception {
        long id = fixtures.requestAtBretenoux("CAF", "Issue").getId();
        interviews.admit(id, fixtures.staff(StaffSessions.AGENT_CAF));
        assertThatThrownBy(() -> interviews.recordOutcome(id, fixtures.staff(StaffSessions.AGENT_CAF), true,
                Outcome.RESOLVED, "")).isInstanceOf(InterviewRefused.class);
        interviews.hangUp(id);
        assertThatThrownBy(() -> interviews.recordOutcome(id, fixtures.staff(StaffSessions.CORRESPONDENT_CAF), true,
                Outcome.RESOLVED, "")).isInstanceOf(AccessDeniedToResource.class);
        mvc.perform(post("/visio/entretiens/" + id + "/issue").with(csrf()).with(sessions.as(StaffSessions.AGENT_CAF))
                        .param("motifConfirmed", "true").param("outcome", "FOLLOW_UP").param("note", "x".repeat(501)))
                .andExpect(status().isOk());
        mvc.perform(post("/visio/entretiens/" + id + "/issue").with(csrf()).with(sessions.as(StaffSessions.AGENT_CAF))
                        .param("motifConfirmed", "true").param("outcome", "FOLLOW_UP").param("note", "Rappel lundi"))
                .andExpect(redirectedUrl("/visio/file"));
        assertThat(interviews.get(id).getOutcome()).isEqualTo(Outcome.FOLLOW_UP);
        assertThat(interviews.get(id).getNote()).isEqualTo("Rappel lundi");
    }

    @Test
    void aRequestNobodyTakesInTimeOffersThePointAnAppointmentWithTheContacts() throws Exception {
        long fresh = fixtures.requestAtBretenoux("CRAM", "Retraite").getId();
        long old = fixtures.requestAtBretenoux("CRAM", "Pension de réversion").getId();
        jdbc.sql("UPDATE interview SET requested_at = now() - interval '11 minutes' WHERE id = :id")
                .param("id", old).update();
        String offer = "proposez à l’usager un rendez-vous";

        mvc.perform(get("/visio/attente/" + old + "/etat").with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(offer)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("05 65 10 20 30")));
        mvc.perform(get("/visio/attente/" + fresh + "/etat").with(sessions.as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(offer))));
        mvc.perform(get("/visio/attente/" + fresh).with(sessions.as(VisioFixtures.NADIA_GOURDON)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theExpectedWaitFollowsTheMedianOfTheOrganisationsLastInterviews() {
        long udaf = fixtures.organisation("UDAF");
        for (int minutes : new int[] {5, 9, 40}) {
            long id = fixtures.requestAtBretenoux("UDAF", "Mesure de protection").getId();
            jdbc.sql("""
                    UPDATE interview SET status = 'CLOSED', started_at = now() - make_interval(mins => :minutes),
                           ended_at = now() WHERE id = :id""").param("minutes", minutes).param("id", id).update();
        }
        Interview waiting = fixtures.requestAtBretenoux("UDAF", "Curatelle");

        assertThat(queue.typicalDuration(udaf)).isEqualTo(Duration.ofMinutes(9));
        assertThat(queue.expectedWait(waiting)).isEqualTo(Duration.ofMinutes(9).multipliedBy(queue.position(waiting)));
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM interview").query(Long.class).single();
    }
}
