package fr.visioaccueil.browser;

import fr.visioaccueil.shared.NetworkTime;
import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.evaluation.EvaluationFixtures;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.survey.SurveyAnswering;
import fr.visioaccueil.visio.InterviewRequest;
import fr.visioaccueil.visio.Interviews;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The evaluation seen in a real browser: a mediator counts at the desk, undoes, sees a visio interview in the week's
 * grid without typing it, validates the week and finds it locked; the coordinator's dashboard shows the figures of
 * the test data, appointments' no-shows and survey answers included. Every page passes axe-core and leaves a screenshot for review.
 */
@BrowserTest
class EvaluationJourneyTest {

    private static final String NADIA = "nadia.cayrou@espap46.example";

    @Autowired
    ApplicationContext context;
    @Autowired
    Interviews interviews;
    @Autowired
    Conventions conventions;
    @Autowired
    Organisations organisations;
    @Autowired
    UserDetailsService users;

    /** Survey answers dated in the test's past month: removed after the test (see {@link SurveyAnswering}). */
    SurveyAnswering survey;

    @AfterEach
    void forgetTheAnswers() {
        if (survey != null) {
            survey.forget();
        }
    }

    @Test
    void aMediatorCountsAtTheDeskSeesTheVisioInterviewCountedAndValidatesTheWeek(Browser browser) {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        long gourdon = fixtures.point("ESP@P Gourdon");
        long partner = conventions.currentAt(gourdon, LocalDate.now(NetworkTime.ZONE)).get(0).getOrganisationId();
        String partnerName = organisations.get(partner).getShortName();
        long interview = interviews.request(new InterviewRequest(gourdon, partner, "Dossier", null, true),
                (StaffMember) users.loadUserByUsername(NADIA)).getId();
        interviews.admit(interview, agentOf(partner));
        interviews.hangUp(interview);
        fixtures.awaitCounted(interview);

        browser.signIn(NADIA, DemoStaff.PASSWORD);
        browser.clickThrough(browser.find(By.linkText("Guichet (+1)")));
        browser.assertAccessible();
        // htmx posts the +1 and swaps the desk in place: the page stays, the counts change
        press(browser, "plus-DOCUMENTS", "aujourd’hui : 1");
        press(browser, "plus-DOCUMENTS", "aujourd’hui : 2");
        assertThat(browser.text(By.id("guichet-etat"))).isEqualTo("Compté : Documents fournis (+1).");
        assertThat(browser.path()).startsWith("/evaluation/points/" + gourdon + "/guichet");
        browser.screenshot("evaluation-desk");
        press(browser, "annuler", "aujourd’hui : 1");
        assertThat(browser.text(By.id("guichet-etat"))).isEqualTo("Annulé : Documents fournis (−1).");

        browser.clickThrough(browser.find(By.linkText("Voir la grille de la semaine")));
        String visioRow = browser.text(By.xpath("//tr[th[normalize-space()='Entretien visio — " + partnerName + "']]"));
        assertThat(visioRow).endsWith("1");
        assertThat(browser.text(By.id("total-semaine"))).isEqualTo("2");
        browser.assertAccessible();
        browser.screenshot("evaluation-grid");

        browser.clickThrough(browser.find(By.linkText("Corriger la semaine")));
        browser.assertAccessible();
        browser.screenshot("evaluation-correction");
        browser.open(browser.path().replace("/correction", ""));

        browser.find(By.id("valider")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(driver -> browser.findAll(By.id("valider")).isEmpty());
        assertThat(browser.text(By.id("statut-semaine"))).startsWith("Semaine validée par " + NADIA);
        assertThat(browser.findAll(By.linkText("Corriger la semaine"))).isEmpty();
        browser.screenshot("evaluation-grid-validated");

        browser.open("/evaluation/points/" + gourdon + "/guichet");
        assertThat(browser.text(By.id("semaine-verrouillee"))).contains("est validée : elle est verrouillée");
        assertThat(browser.find(By.id("plus-INTERNET")).isEnabled()).isFalse();
        browser.assertAccessible();
    }

    @Test
    void theCoordinatorsDashboardShowsTheFiguresOfTheTestData(Browser browser) {
        EvaluationFixtures fixtures = EvaluationFixtures.of(context);
        long gourdon = fixtures.point("ESP@P Gourdon");
        long anpe = fixtures.organisation("ANPE");
        long caf = fixtures.organisation("CAF");
        Instant may = Instant.parse("2024-05-02T08:00:00Z");
        for (int i = 0; i < 40; i++) {   // Gourdon → ANPE at Souillac: 28 km, 30 min each way
            fixtures.ended(820_000 + i, gourdon, anpe, may.plusSeconds(3_600L * 17 * i), 4);
        }
        for (int i = 0; i < 5; i++) {    // the CAF has an office in Gourdon: nothing avoided
            fixtures.ended(820_100 + i, gourdon, caf, may.plusSeconds(86_400L * i), 9);
        }
        for (int i = 0; i < 5; i++) {    // five appointments, the last one cancelled, the first one missed
            fixtures.booked(820_200 + i, gourdon, caf, may.plusSeconds(86_400L * 7 * i));
        }
        fixtures.cancelled(820_204, gourdon, caf, may.plusSeconds(86_400L * 28));
        fixtures.noShow(820_200, gourdon, caf, may);
        survey = SurveyAnswering.of(context);
        for (String face : new String[] {"3", "3", "2", "1"}) {
            survey.answer(gourdon, caf, face, LocalDate.of(2024, 5, 15));
        }

        browser.signIn(DemoStaff.COORDINATOR);
        browser.clickThrough(browser.find(By.partialLinkText("Évaluation du réseau")));
        // a date field takes keystrokes in the browser's own order (jj/mm/aaaa here): set the ISO value instead
        browser.script("document.getElementById('du').value = '2024-05-01';"
                + "document.getElementById('au').value = '2024-05-31';");
        browser.choose("periode", "Dates choisies ci-dessous");
        browser.clickThrough(browser.find(By.cssSelector("form.period-filter button")));
        assertThat(browser.text(By.id("chiffres-cles")))
                .isEqualTo("45 entretiens visio en 1 mois · 75 % satisfaits · 2\u202F240 km évités");
        assertThat(browser.text(By.id("tuile-attente"))).isEqualTo("4,6 min");
        assertThat(browser.text(By.id("tuile-absences"))).isEqualTo("25 %");
        assertThat(browser.text(By.id("tuile-absences-detail"))).isEqualTo("1 absence sur 4 rendez-vous dus");
        assertThat(browser.text(By.id("tuile-satisfaction-figure"))).isEqualTo("75 %");
        assertThat(browser.text(By.id("definition-absences"))).startsWith("Taux d’absence : rendez-vous où la personne");
        assertThat(browser.text(By.id("tuile-deplacements")))
                .startsWith("2\u202F240 km, 40 h 0 min de route et 318 kg de CO₂ évités");
        assertThat(browser.text(By.xpath("//table[@id='table-deplacements']//tr[th='ANPE']")))
                .isEqualTo("ANPE 40 2\u202F240 2\u202F400 318,1");
        assertThat(browser.text(By.tagName("main"))).contains("Facteur d’émission : 0,142 kg de CO₂e par km. Source : "
                + "ADEME, Impact CO₂ (impactco2.fr), modélisation 2025 de l’empreinte carbone de la voiture");
        assertThat(browser.findAll(By.cssSelector("svg.chart rect.bar"))).isNotEmpty();
        browser.assertAccessible();
        browser.screenshot("evaluation-dashboard-network");

        for (String page : new String[] {"/evaluation/semaines-non-validees", "/evaluation/distances"}) {
            browser.open(page);
            browser.assertAccessible();
            browser.screenshot("evaluation" + page.replace('/', '-'));
        }
        browser.open("/evaluation/organismes/" + anpe + "?periode=12m");
        browser.assertAccessible();
    }

    /** Clicks a desk button and waits until htmx has swapped in the desk where the +1 button shows {@code count}. */
    private static void press(Browser browser, String id, String count) {
        String target = id.equals("annuler") ? "plus-DOCUMENTS" : id;
        browser.find(By.id(id)).click();
        browser.waitUntil(driver -> textOf(browser, target).contains(count));
    }

    private static String textOf(Browser browser, String id) {
        try {
            return browser.text(By.id(id));
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException swapping) {
            return "";
        }
    }

    private StaffMember agentOf(long organisation) {
        String shortName = organisations.get(organisation).getShortName().toLowerCase().replace(' ', '-');
        return (StaffMember) users.loadUserByUsername("agent." + shortName + "@espap46.example");
    }
}
