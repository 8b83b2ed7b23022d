package fr.visioaccueil.browser;

import fr.visioaccueil.shared.NetworkTime;
import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.booking.Motifs;
import fr.visioaccueil.booking.PermanenceDraft;
import fr.visioaccueil.booking.PermanenceRange;
import fr.visioaccueil.booking.Permanences;
import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import fr.visioaccueil.PlatformTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * At the appointment's time the agent opens the interview from the agenda; the point's appointment page, kept
 * live, takes the mediator straight into the room (no walk-in queue) and video flows both ways. A past
 * appointment is marked as a no-show. Appointments are written directly so the journey runs on any day.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaJourneyTest {

    static final String AGENT = "agent.agenda@espap46.example";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Permanences permanences;
    @Autowired
    Motifs motifs;
    @Autowired
    UserDetailsService users;

    VisioCall call;
    long agentId;
    long permanenceId;
    long motifId;
    long caf;
    long bretenoux;

    @BeforeAll
    void setUp() {
        caf = jdbc.sql("SELECT id FROM organisation WHERE short_name = 'CAF'").query(Long.class).single();
        bretenoux = jdbc.sql("SELECT id FROM point WHERE slug = 'espap-bretenoux'").query(Long.class).single();
        agentId = staff.create(new NewStaffAccount(AGENT, "Agnès Agenda", StaffRole.PARTNER_AGENT, caf, Set.of(),
                false));
        staff.setPassword(agentId, DemoStaff.PASSWORD);
        StaffMember correspondent = (StaffMember) users.loadUserByUsername(DemoStaff.PARTNER_CORRESPONDENT.email());
        List<PermanenceRange> everyDay = IntStream.rangeClosed(1, 7)
                .mapToObj(day -> new PermanenceRange(day, LocalTime.MIN, LocalTime.of(23, 59))).toList();
        permanenceId = permanences.create(new PermanenceDraft(caf, 20, LocalDate.now(NetworkTime.ZONE).minusDays(1),
                LocalDate.now(NetworkTime.ZONE).plusDays(1), Set.of(agentId), Set.of(bretenoux), everyDay), correspondent);
        motifId = motifs.create(caf, "Dossier logement", "Votre bail", 20, correspondent);
        call = VisioCall.start(port);
    }

    @AfterAll
    void quit() throws Exception {
        call.close();
    }

    @Test
    void theAgentOpensTheInterviewFromTheAgendaAndThePointGoesStraightIn() {
        call.run("AgendaJourneyTest", this::journey);
    }

    private void journey() {
        Instant now = Instant.now();
        Instant soonStart = now.plus(Duration.ofMinutes(5));
        Instant missedStart = now.minus(Duration.ofMinutes(45));
        long soon = appointment("Jeanne Bientôt", soonStart);
        long missed = appointment("Marc Absent", missedStart);
        Browser point = call.point();
        Browser agent = call.agent();

        point.signIn(DemoStaff.MEDIATOR).open("/mediateur/rendez-vous/" + soon);
        assertThat(point.text(By.id("etat"))).contains("l’agent ouvre l’entretien");
        point.assertAccessible();
        point.screenshot("booking-point-waiting");

        // near midnight (Paris) the two appointments fall on two days: each is looked for on its own day
        agent.signIn(AGENT, DemoStaff.PASSWORD).open(agendaOn(missedStart));
        assertThat(agent.text(By.tagName("table"))).contains("Marc Absent", "Dossier logement", "ESP@P Bretenoux");
        agent.assertAccessible();
        agent.screenshot("booking-agenda-day");
        agent.clickThrough(agent.find(By.cssSelector("button[aria-label='Noter Marc Absent absent']")));
        assertThat(agent.text(By.tagName("main"))).contains("Absence de l’usager enregistrée.", "Usager absent");
        assertThat(agent.path()).isEqualTo(agendaOn(missedStart));
        agent.open("/organisme/agenda?vue=semaine");
        agent.assertAccessible();
        agent.screenshot("booking-agenda-week");
        agent.open(agendaOn(soonStart));
        assertThat(agent.text(By.tagName("table"))).contains("Jeanne Bientôt");

        agent.clickThrough(agent.find(By.cssSelector("button[aria-label='Ouvrir l’entretien avec Jeanne Bientôt']")));
        long interview = jdbc.sql("SELECT interview_id FROM appointment WHERE id = :id").param("id", soon)
                .query(Long.class).single();
        agent.waitForPath("/visio/entretiens/" + interview);
        point.waitForPath("/visio/entretiens/" + interview);
        VisioCall.mediaFlows(point);
        VisioCall.mediaFlows(agent);

        assertThat(jdbc.sql("SELECT status FROM interview WHERE id = :id").param("id", interview).query(String.class)
                .single()).isEqualTo("ADMITTED");
        assertThat(jdbc.sql("SELECT status FROM appointment WHERE id IN (:a, :b) ORDER BY starts_at")
                .param("a", soon).param("b", missed).query(String.class).list()).containsExactly("NO_SHOW", "HONOURED");
    }

    private static String agendaOn(Instant start) {
        return "/organisme/agenda?jour=" + start.atZone(NetworkTime.ZONE).toLocalDate();
    }

    private long appointment(String citizen, Instant start) {
        return jdbc.sql("""
                        INSERT INTO appointment (organisation_id, point_id, permanence_id, agent_account_id, motif_id,
                               starts_at, ends_at, citizen_name, status, booked_by, booked_at)
                        VALUES (:caf, :point, :permanence, :agent, :motif, :start, :end, :citizen, 'BOOKED', 'POINT',
                                now()) RETURNING id""")
                .param("caf", caf).param("point", bretenoux).param("permanence", permanenceId).param("agent", agentId)
                .param("motif", motifId).param("start", Timestamp.from(start))
                .param("end", Timestamp.from(start.plus(Duration.ofMinutes(20)))).param("citizen", citizen)
                .query(Long.class).single();
    }
}
