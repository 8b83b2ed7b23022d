package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A citizen finds a point without signing in: home page, the list with its filters (htmx), a point's page. */
@BrowserTest
class PublicPagesJourneyTest {

    private static final By CARD_TITLES = By.cssSelector("#resultats article h2");

    @Test
    void theHomePagePresentsTheNetworkAndLeadsToTheListOfPoints(Browser browser) {
        browser.open("/");

        assertThat(browser.text(By.tagName("h1"))).contains("ESP@P");
        assertThat(browser.findAll(By.cssSelector("main a[href^='/points/']"))).hasSizeGreaterThanOrEqualTo(9);
        browser.clickThrough(browser.find(By.cssSelector("main a[href='/points'][role=button]")));

        assertThat(browser.path()).isEqualTo("/points");
        assertThat(titles(browser)).contains("ESP@P Bretenoux", "ESP@P Sousceyrac").hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void choosingACommuneUpdatesTheListInPlaceAndTheAddress(Browser browser) {
        List<String> titles = filterInPlace(browser, "commune", "Gourdon");

        assertThat(titles).contains("ESP@P Gourdon").allMatch(title -> title.contains("Gourdon"));
    }

    @Test
    void choosingAnOrganisationKeepsOnlyThePointsWhereItIsPresent(Browser browser) {
        List<String> titles = filterInPlace(browser, "organisme", "UDAF du Lot — Point info famille");

        assertThat(titles).contains("ESP@P Bretenoux", "ESP@P Latronquière", "ESP@P Livernon")
                .doesNotContain("ESP@P Gourdon");
        assertThat(browser.findAll(By.cssSelector("#resultats article")))
                .allMatch(card -> card.getText().contains("UDAF"));
    }

    @Test
    void aPointPageShowsItsHoursClosuresAndPartners(Browser browser) {
        browser.open("/points");
        browser.clickThrough(browser.find(By.linkText("ESP@P Bretenoux")));

        assertThat(browser.path()).isEqualTo("/points/espap-bretenoux");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("ESP@P Bretenoux");
        List<String> days = browser.findAll(By.cssSelector("table.hours tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(days).hasSize(7);
        assertThat(days.get(0)).startsWith("Lundi").contains("09h00 – 12h00", "13h30 – 17h00");
        assertThat(days.get(6)).startsWith("Dimanche").contains("Fermé");
        assertThat(browser.text(By.tagName("main"))).contains("Congés d’été", "2 avenue de la Libération");
        List<String> partners = browser.findAll(By.cssSelector("main .cards article h3")).stream()
                .map(WebElement::getText).toList();
        assertThat(partners).contains("Caisse d’allocations familiales du Lot", "Mission Locale du Lot");
        assertThat(browser.text(By.cssSelector("main .cards"))).contains("Mardi 14h00 – 16h00 : en visio",
                "Mercredi 09h00 – 12h00 : sur place");
    }

    static List<String> titles(Browser browser) {
        return browser.findAll(CARD_TITLES).stream().map(WebElement::getText).toList();
    }

    /**
     * Chooses in a filter and waits for htmx to replace the results and push the new address, checking that
     * the page was not reloaded (a full load would wipe out the mark set before).
     */
    private static List<String> filterInPlace(Browser browser, String filter, String choice) {
        browser.open("/points").script("window.visioSamePage = true;");
        browser.choose(filter, choice);

        browser.waitUntil(ExpectedConditions.numberOfElementsToBeLessThan(CARD_TITLES, 9));
        browser.waitUntil(ExpectedConditions.urlMatches(filter + "=[^&]+"));
        assertThat(browser.script("return window.visioSamePage === true;")).as("no full page load").isEqualTo(true);
        assertThat(browser.findAll(By.id("resultats"))).as("one results region").hasSize(1);
        return titles(browser);
    }
}
