package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator opens a new point, gives it its hours and two conventions, and watches its label compliance
 * turn from red to green; on the way, each form is once given a bad input, as people do.
 */
@BrowserTest
class CoordinatorRegistryJourneyTest {

    private static final By COMPLIANCE_BADGE = By.cssSelector("#conformite .badge");
    private static final String GREEN = "rgba(30, 107, 52, 1)";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** Monday's second range starts before the first ends. */
    private static final String[][] WEEK_WITH_AN_OVERLAP = {
        {"days[0].ranges[0]", "09:00", "12:30"}, {"days[0].ranges[1]", "12:00", "18:00"},
        {"days[1].ranges[0]", "09:00", "12:30"}, {"days[1].ranges[1]", "13:30", "18:00"},
        {"days[3].ranges[0]", "09:00", "12:30"}, {"days[3].ranges[1]", "13:30", "18:00"},
        {"days[4].ranges[0]", "09:00", "12:00"}};
    private static final String NO_SOCIAL = "Non rempli : Aucun partenaire « social » sous convention en cours.";
    private static final String NO_EMPLOYMENT =
            "Non rempli : Aucun partenaire « emploi-formation » sous convention en cours.";

    @Test
    void aNewPointTurnsCompliantOnceItHasHoursAndASocialAndAnEmploymentPartner(Browser browser) {
        browser.signIn(DemoStaff.COORDINATOR);
        String name = "ESP@P Saint-Céré " + Long.toString(System.nanoTime(), 36);

        String point = createPoint(browser, name);
        assertCompliance(browser, "Non conforme", NO_SOCIAL, NO_EMPLOYMENT,
                "Non rempli : Ouvert 0 h sur 0 jour : il manque 24 h et il faut ouvrir au moins 3 jours.");
        enterHours(browser);
        assertCompliance(browser, "Non conforme", "Rempli : Ouvert 27 h sur 4 jours par semaine.", NO_SOCIAL);
        addSocialConvention(browser, name);
        assertCompliance(browser.open(point), "Non conforme", NO_EMPLOYMENT,
                "Rempli : Partenaire « social » sous convention en cours : CPAM.");
        addEmploymentConvention(browser);
        assertCompliance(browser.open(point), "Conforme",
                "Rempli : Partenaire « emploi-formation » sous convention en cours : Mission Locale.");

        assertThat(browser.find(COMPLIANCE_BADGE).getCssValue("color")).as("green badge").isEqualTo(GREEN);
        assertThat(reasons(browser)).allMatch(reason -> reason.startsWith("Rempli : "));
        assertListedAsCompliant(browser, name);
    }

    /** The first try forgets the name: the form comes back saying so, with everything else still there. */
    private static String createPoint(Browser browser, String name) {
        browser.open("/admin/points");
        browser.clickThrough(browser.find(By.linkText("Nouveau point d’accueil")));
        browser.fill("commune", "Saint-Céré").choose("communityId", "Cère et Dordogne")
                .fill("address", "Place de la République").fill("postcode", "46400")
                .choose("hostType", "Maison communautaire").fill("hostName", "Maison des services de Saint-Céré")
                .fill("accessibility", "Plain-pied, place réservée devant l’entrée.")
                .fill("phone", "05 65 38 00 00").fill("email", "saint-cere@espap46.example");
        browser.form().tick("confidentialRoom").tick("hasCamera").tick("hasPrinter").submit();

        assertNameRequiredAndTheRestKept(browser);
        browser.fill("name", name).form().submit();
        assertThat(browser.path()).matches("/admin/points/\\d+");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
        assertThat(flash(browser)).isEqualTo("Point d’accueil créé. Saisissez maintenant ses horaires.");
        return browser.path();
    }

    private static void assertNameRequiredAndTheRestKept(Browser browser) {
        Form form = browser.form();
        assertThat(browser.path()).isEqualTo("/admin/points/nouveau");
        assertThat(form.errorOf("name")).isEqualTo("Ce champ est obligatoire.");
        assertThat(form.invalidFields()).containsExactly("name");
        assertThat(form.value("hostName")).isEqualTo("Maison des services de Saint-Céré");
        assertThat(form.value("accessibility")).isEqualTo("Plain-pied, place réservée devant l’entrée.");
        assertThat(new Select(browser.find(By.id("communityId"))).getFirstSelectedOption().getText())
                .isEqualTo("Cère et Dordogne");
        assertThat(form.ticked("hasCamera")).isTrue();
        assertThat(form.ticked("hasScanner")).isFalse();
        browser.screenshot("coordinator-01-point-form-error");
    }

    /** Two ranges of Monday overlap at first; once corrected, 27 h over four days. */
    private static void enterHours(Browser browser) {
        browser.clickThrough(browser.find(By.linkText("Horaires")));
        for (String[] row : WEEK_WITH_AN_OVERLAP) {
            range(browser, row[0], row[1], row[2]);
        }
        browser.form().submit();

        assertThat(browser.form().errorOf("days[0].ranges[1].opens"))
                .isEqualTo("Deux plages se chevauchent le lundi : 09:00–12:30 et 12:00–18:00.");
        assertThat(browser.form().value("days[3].ranges[1].closes")).isEqualTo("18:00");
        browser.screenshot("coordinator-02-hours-overlap");

        range(browser, "days[0].ranges[1]", "13:30", "18:00").submit();
        assertThat(flash(browser)).isEqualTo("Horaires enregistrés.");
    }

    /** The end date is typed before the start at first; the PDF has to be chosen again, as browsers forget it. */
    private static void addSocialConvention(Browser browser, String point) {
        browser.clickThrough(browser.find(By.linkText("Nouvelle convention")));
        assertThat(new Select(browser.find(By.id("pointId"))).getFirstSelectedOption().getText()).isEqualTo(point);
        terms(browser, "Caisse primaire d’assurance maladie du Lot", "Carte Vitale, remboursements.");
        presence(browser, 0, "Mardi", "10:00", "12:00", "en visio");
        presence(browser, 1, "Jeudi", "14:00", "16:00", "sur place");
        browser.form().date("startsOn", TODAY.withDayOfYear(1)).date("endsOn", TODAY.withDayOfYear(1).minusDays(1))
                .attach("document", signedPdf()).submit();

        assertThat(browser.form().errorOf("endsOn"))
                .isEqualTo("La date de fin doit être égale ou postérieure à la date de début.");
        assertThat(browser.form().value("services")).isEqualTo("Carte Vitale, remboursements.");
        assertThat(browser.form().value("presences[1].closes")).isEqualTo("16:00");
        browser.screenshot("coordinator-03-convention-dates");

        browser.find(By.id("endsOn")).clear();
        browser.form().attach("document", signedPdf()).submit();
        assertConventionCreated(browser, "Caisse primaire d’assurance maladie du Lot");
    }

    private static void addEmploymentConvention(Browser browser) {
        browser.clickThrough(browser.find(By.linkText("Nouvelle convention")));
        terms(browser, "Mission Locale du Lot", "Jeunes de 16 à 25 ans : emploi, formation, logement.");
        presence(browser, 0, "Vendredi", "09:00", "12:00", "sur place");
        browser.form().date("startsOn", TODAY.minusMonths(1)).date("endsOn", TODAY.plusYears(2))
                .attach("document", signedPdf()).submit();
        assertConventionCreated(browser, "Mission Locale du Lot");
    }

    private static void terms(Browser browser, String organisation, String services) {
        browser.choose("organisationId", organisation).fill("services", services)
                .fill("equipment", "Webcam et casque fournis par le point.")
                .fill("correspondentName", "Camille Delmas").fill("correspondentEmail", "camille.delmas@lot.example");
    }

    private static void assertConventionCreated(Browser browser, String organisation) {
        assertThat(browser.path()).startsWith("/admin/conventions?point=");
        assertThat(flash(browser)).isEqualTo("Convention créée.");
        WebElement row = browser.find(By.xpath("//main//tr[td//text()[contains(., '" + organisation + "')]]"));
        assertThat(row.getText()).contains("en cours");
        assertThat(row.findElements(By.linkText("Télécharger la convention signée"))).hasSize(1);
    }

    private static void assertListedAsCompliant(Browser browser, String name) {
        browser.clickThrough(browser.find(By.linkText("Conformité de tous les points")));
        assertThat(browser.path()).isEqualTo("/admin/conformite");
        WebElement row = browser.find(By.xpath("//main//tr[th/a[normalize-space()='" + name + "']]"));
        assertThat(row.findElement(By.cssSelector(".badge.ok")).getText()).isEqualTo("Conforme");
        assertThat(row.getText()).contains("Tous les critères sont remplis.");
        browser.screenshot("coordinator-04-network-compliance");
    }

    /** The status that htmx loads into the point's page once the page is shown, and some of its reasons. */
    private static void assertCompliance(Browser browser, String status, String... someReasons) {
        assertThat(browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(COMPLIANCE_BADGE)).getText())
                .isEqualTo(status);
        assertThat(reasons(browser)).contains(someReasons);
    }

    private static List<String> reasons(Browser browser) {
        return browser.findAll(By.cssSelector("#conformite .reasons li")).stream().map(WebElement::getText).toList();
    }

    private static String flash(Browser browser) {
        return browser.text(By.cssSelector("main .flash"));
    }

    private static Form range(Browser browser, String row, String opens, String closes) {
        return browser.form().time(row + ".opens", opens).time(row + ".closes", closes);
    }

    private static void presence(Browser browser, int row, String day, String opens, String closes, String mode) {
        String prefix = "presences[" + row + "].";
        browser.choose(prefix + "day", day).choose(prefix + "mode", mode);
        range(browser, "presences[" + row + "]", opens, closes);
    }

    private static Path signedPdf() {
        try {
            return Path.of(CoordinatorRegistryJourneyTest.class.getResource("/network/convention-signee.pdf").toURI());
        } catch (URISyntaxException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
