package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each member of staff sees their own part of the network and is refused the rest with a French page,
 * still signed in: a mediator their point, a partner agent its organisation.
 */
@BrowserTest
class StaffScopeJourneyTest {

    private static final String CAF = "Caisse d’allocations familiales du Lot";

    @Autowired
    Points points;

    @Autowired
    Organisations organisations;

    @Autowired
    Conventions conventions;

    @Test
    void aMediatorWorksOnHerPointAndIsRefusedTheCoordinatorsPagesAndOtherPoints(Browser browser) {
        browser.signIn(DemoStaff.MEDIATOR);
        long own = pointNamed("ESP@P Bretenoux").getId();

        assertThat(browser.text(By.tagName("main"))).contains("Bonjour Claire Lafon", "Médiateur ou médiatrice", "Mes points d’accueil");
        browser.clickThrough(browser.find(By.linkText("ESP@P Bretenoux")));
        assertThat(browser.path()).isEqualTo("/mediateur/points/" + own);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("ESP@P Bretenoux");
        assertThat(browser.text(By.tagName("main"))).contains("2 avenue de la Libération", "Mission Locale du Lot");

        long other = pointNamed("ESP@P Gourdon").getId();
        for (String path : List.of("/admin/points", "/admin/comptes", "/admin/conformite",
                "/mediateur/points/" + other)) {
            assertRefused(browser, path);
        }
    }

    @Test
    void aPartnerAgentSeesItsOrganisationOnlyAndCannotEditItsContact(Browser browser) {
        browser.signIn(DemoStaff.PARTNER_AGENT);
        assertThat(browser.text(By.tagName("main"))).contains(CAF);

        browser.clickThrough(browser.find(By.linkText("Espace de l’organisme")));
        assertThat(browser.path()).isEqualTo("/organisme");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(CAF);
        assertThat(conventionPoints(browser)).containsExactlyInAnyOrderElementsOf(pointsUnderConventionWith(CAF));
        String page = browser.text(By.tagName("main"));
        organisations.all().stream().map(Organisation::getName).filter(name -> !name.equals(CAF))
                .forEach(name -> assertThat(page).as("another organisation's name").doesNotContain(name));
        assertThat(browser.findAll(By.linkText("Modifier le contact du correspondant"))).isEmpty();

        assertRefused(browser, "/admin/organisations");
        assertRefused(browser, "/organisme/correspondant");
    }

    /** A 403 in the platform's own page, in French, at the address asked for; the person stays signed in. */
    private static void assertRefused(Browser browser, String path) {
        browser.open(path);

        assertThat(browser.status()).as("status of %s", path).isEqualTo(403);
        assertThat(browser.path()).isEqualTo(path);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Une erreur est survenue");
        assertThat(browser.text(By.cssSelector("main [role=alert]"))).isEqualTo("Vous n’avez pas accès à cette page.");
        assertThat(browser.findAll(By.xpath("//header//button[normalize-space()='Se déconnecter']"))).hasSize(1);
    }

    private static List<String> conventionPoints(Browser browser) {
        return browser.findAll(By.cssSelector("main table.conventions tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> pointsUnderConventionWith(String organisationName) {
        Organisation organisation = organisations.all().stream()
                .filter(candidate -> candidate.getName().equals(organisationName)).findFirst().orElseThrow();
        return conventions.ofOrganisation(organisation.getId()).stream()
                .map(convention -> points.get(convention.getPointId()).getName()).toList();
    }

    private Point pointNamed(String name) {
        return points.all().stream().filter(point -> point.getName().equals(name)).findFirst().orElseThrow();
    }
}
