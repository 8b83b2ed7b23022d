package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The satisfaction survey from end to end: the coordinator runs a campaign, the mediator of Bretenoux offers it by
 * link (answered once, refused the second time) and on the point's screen (kiosk: no link anywhere, a text too
 * long refused), and the coordinator reads exactly these two answers in the results of Bretenoux. Only this
 * journey answers at Bretenoux, so the counts are exact.
 */
@BrowserTest
class SurveyJourneyTest {

    private static final String CAF = "Caisse d’allocations familiales du Lot";

    @Autowired
    Points points;

    @Test
    void aCampaignIsAnsweredByLinkAndOnThePointsScreenAndCountedInTheResults(Browser browser) {
        runACampaign(browser);
        browser.forgetEverything();

        String link = offerByLink(browser);
        browser.forgetEverything();
        answerByLink(browser, link);
        browser.open(link.substring(link.indexOf("/avis/")));
        assertThat(browser.status()).isEqualTo(409);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Vous avez déjà répondu");
        assertThat(browser.text(By.cssSelector("main [role=alert]"))).contains("On ne peut répondre qu’une fois.");
        browser.assertAccessible();
        browser.screenshot("survey-answer-refused");

        answerOnThePointsScreen(browser);
        browser.forgetEverything();

        long bretenoux = pointNamed("ESP@P Bretenoux");
        browser.signIn(DemoStaff.COORDINATOR).open("/admin/enquete/resultats?point=" + bretenoux);
        assertThat(browser.text(By.id("answer-count"))).isEqualTo("2");
        assertThat(browser.text(By.id("satisfied-percent"))).isEqualTo("50 %");
        assertThat(rows(browser, "question-1")).containsExactly("Pas content 1 50 %", "Moyennement content 0 0 %",
                "Content 1 50 %");
        assertThat(rows(browser, "question-4")).containsExactly("1 – pas du tout 0 0 %", "2 0 0 %", "3 0 0 %",
                "4 0 0 %", "5 – tout à fait 1 100 %");
        assertThat(browser.text(By.cssSelector("#question-6 .free-texts"))).isEqualTo("Le son coupait.");
        assertThat(browser.text(By.tagName("main"))).doesNotContainPattern("\\d{1,2}[:h]\\d{2}");
        browser.assertAccessible();
        browser.screenshot("survey-results");
        browser.forgetEverything();

        browser.signIn(DemoStaff.MEDIATOR).open("/mediateur/enquete/resultats");
        assertThat(browser.findAll(By.cssSelector("nav.admin-nav"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("#point option"))).extracting(WebElement::getText)
                .containsExactly("Tous les points", "ESP@P Bretenoux");
        browser.assertAccessible();
        browser.forgetEverything();
        browser.signIn(DemoStaff.PARTNER_AGENT).open("/organisme/enquete/resultats");
        assertThat(browser.findAll(By.id("point"))).as("no point filter for a partner").isEmpty();
        browser.assertAccessible();
        browser.screenshot("survey-results-partner");
    }

    private void runACampaign(Browser browser) {
        browser.signIn(DemoStaff.COORDINATOR).open("/admin/enquete");
        browser.assertAccessible();
        browser.screenshot("survey-campaigns");
        List<WebElement> running = browser.findAll(By.xpath("//tr[td[normalize-space()='En cours']]//a"));
        if (running.isEmpty()) {
            browser.fill("name", "Enquête de satisfaction 2026");
            browser.form().submit();
            assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("Campagne créée avec le questionnaire par défaut.");
        } else {
            browser.clickThrough(running.get(0));
        }
        assertThat(browser.path()).startsWith("/admin/enquete/campagnes/");
        assertThat(browser.findAll(By.cssSelector("ol.questions > li"))).hasSize(6);
        assertThat(browser.text(By.cssSelector("ol.questions > li"))).startsWith("Êtes-vous content de votre passage aujourd’hui ?");
        browser.assertAccessible();
        browser.screenshot("survey-campaign");
    }

    private String offerByLink(Browser browser) {
        browser.signIn(DemoStaff.MEDIATOR).open("/mediateur/enquete");
        browser.assertAccessible();
        browser.screenshot("survey-invite");
        browser.choose("organisationId", CAF);
        browser.form().submit();
        assertThat(browser.path()).isEqualTo("/mediateur/enquete/invitation");
        assertThat(browser.find(By.cssSelector("svg.qr path")).getDomAttribute("d")).startsWith("M");
        String link = browser.find(By.cssSelector("a.survey-link")).getDomAttribute("href");
        assertThat(link).matches("http://[^/]+/avis/[A-Za-z0-9_-]{43}");
        assertThat(browser.text(By.tagName("main")).replace(link, "")).as("no time shown to staff")
                .doesNotContainPattern("\\d{1,2}[:h]\\d{2}");
        browser.assertAccessible();
        browser.screenshot("survey-invitation");
        return link;
    }

    private static void answerByLink(Browser browser, String link) {
        browser.open(link.substring(link.indexOf("/avis/")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Donnez votre avis");
        assertThat(browser.text(By.tagName("main"))).contains("Vous êtes venu à ESP@P Bretenoux.");
        browser.assertAccessible();
        browser.screenshot("survey-answer");
        pick(browser, "Content");
        pick(browser, "5 – tout à fait");
        browser.form().submit();
        assertThat(browser.path()).isEqualTo("/avis/merci");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Merci !");
    }

    private void answerOnThePointsScreen(Browser browser) {
        browser.signIn(DemoStaff.MEDIATOR).open("/mediateur/enquete");
        browser.clickThrough(browser.find(By.xpath("//button[normalize-space()='Ouvrir le questionnaire sur l’écran du point']")));
        assertThat(browser.path()).matches("/avis/[A-Za-z0-9_-]{43}\\?borne");
        assertThat(browser.findAll(By.tagName("a"))).as("links on the kiosk page").isEmpty();
        pick(browser, "Pas content");
        WebElement comment = browser.find(By.tagName("textarea"));
        comment.sendKeys("x".repeat(501));
        browser.form().submit();
        assertThat(browser.status()).isEqualTo(422);
        String field = browser.find(By.tagName("textarea")).getDomAttribute("id");
        assertThat(browser.form().errorOf(field)).isEqualTo("Votre texte est trop long : 501 caractères. "
                + "Écrivez 500 caractères au plus.");
        assertThat(browser.find(By.tagName("textarea")).getDomProperty("value")).hasSize(501);
        assertThat(browser.findAll(By.cssSelector("input[type=radio]:checked"))).hasSize(1);
        assertThat(browser.findAll(By.xpath("//main//a[not(starts-with(@href, '#'))]"))).isEmpty();
        browser.assertAccessible();
        browser.screenshot("survey-kiosk-error");
        browser.fill(field, "Le son coupait.");
        browser.form().submit();
        assertThat(browser.path()).isEqualTo("/avis/merci?borne");
        assertThat(browser.text(By.tagName("main"))).contains("Vous pouvez rendre l’écran au médiateur.");
        assertThat(browser.findAll(By.tagName("a"))).as("links on the kiosk thank-you page").isEmpty();
        browser.assertAccessible();
        browser.screenshot("survey-kiosk-thanks");
    }

    private static void pick(Browser browser, String answer) {
        browser.find(By.xpath("//label[span[normalize-space()='" + answer + "']]")).click();
    }

    private static List<String> rows(Browser browser, String question) {
        return browser.findAll(By.cssSelector("#" + question + " table tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    private long pointNamed(String name) {
        return points.all().stream().filter(p -> p.getName().equals(name)).map(Point::getId).findFirst().orElseThrow();
    }
}
