package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No serious or critical WCAG 2 A/AA violation found by axe-core on the staff pages and forms, for each role,
 * with a whole-page screenshot of each in {@code target/screenshots/staff-*.png} for people to look at. Each
 * role signs in once: the pages of a factory share its session.
 */
@BrowserTest
class StaffPagesAccessibilityJourneyTest {

    /** The point form's fields after the name, in the order of the page, with the keys pressed in each. */
    private static final String[][] POINT_FORM_BY_KEYBOARD = {{"commune", "Cajarc"}, {"communityId", "V"},
        {"address", "Place du Foirail"}, {"postcode", "46160"}, {"hostType", "C"}, {"hostName", "Cyber-base de Cajarc"},
        {"confidentialRoom", " "}, {"hasCamera", " "}, {"hasScanner", ""}, {"hasPrinter", " "},
        {"accessibility", "Rampe d’accès."}, {"phone", "05 65 40 00 00"}, {"email", "cajarc@espap46.example"},
        {"siret", ""}, {"inseeCode", "46045"}, {"latitude", "44,4856"}, {"longitude", "1.8408"}};

    @Autowired
    Points points;

    @TestFactory
    Stream<DynamicTest> theCoordinatorsPagesAndForms(Browser browser) {
        browser.signIn(DemoStaff.COORDINATOR);
        long point = bretenoux();
        Stream<DynamicTest> pages = pages(browser, "coordinator", "/espace", "/espace/mot-de-passe", "/admin/points",
                "/admin/points/nouveau", "/admin/points/" + point, "/admin/points/" + point + "/horaires",
                "/admin/organisations", "/admin/organisations/nouveau", "/admin/conventions",
                "/admin/conventions/nouvelle", "/admin/comptes", "/admin/comptes/nouveau", "/admin/reseau",
                "/admin/conformite", "/admin/journal");
        DynamicTest formWithErrors = DynamicTest.dynamicTest("/admin/points/nouveau with its errors", () -> {
            browser.open("/admin/points/nouveau").form().submit();
            assertThat(browser.form().invalidFields()).contains("name", "commune", "communityId", "address");
            check(browser, "staff-coordinator_admin_points_nouveau_errors");
        });
        DynamicTest notFound = page(browser, "coordinator", "/admin/points/999999", 404);
        return Stream.concat(pages, Stream.of(formWithErrors, notFound));
    }

    @TestFactory
    Stream<DynamicTest> theMediatorsPages(Browser browser) {
        browser.signIn(DemoStaff.MEDIATOR);
        return Stream.concat(pages(browser, "mediator", "/espace", "/mediateur/points/" + bretenoux()),
                Stream.of(page(browser, "mediator", "/admin/points", 403)));
    }

    @TestFactory
    Stream<DynamicTest> thePartnerAgentsPages(Browser browser) {
        browser.signIn(DemoStaff.PARTNER_AGENT);
        return pages(browser, "partner-agent", "/espace", "/organisme");
    }

    @TestFactory
    Stream<DynamicTest> thePartnerCorrespondentsPages(Browser browser) {
        browser.signIn(DemoStaff.PARTNER_CORRESPONDENT);
        return pages(browser, "partner-correspondent", "/espace", "/organisme", "/organisme/correspondant");
    }

    @TestFactory
    Stream<DynamicTest> pagesWithoutSigningIn(Browser browser) {
        return Stream.of(page(browser, "anonymous", "/mot-de-passe/choisir?jeton=inconnu", 404),
                page(browser, "anonymous", "/points/inconnu", 404));
    }

    /** Every field of the point form and its button are reached with Tab, showing focus; Enter sends it. */
    @Test
    void thePointFormWithTheKeyboardOnly(Browser browser) {
        browser.signIn(DemoStaff.COORDINATOR);
        browser.open("/admin/points/nouveau");
        Keyboard keyboard = browser.keyboard();
        String name = "ESP@P Clavier " + Long.toString(System.nanoTime(), 36);

        keyboard.tabUntil(element -> "name".equals(element.getDomAttribute("id")), 20);
        keyboard.press(name);
        for (String[] field : POINT_FORM_BY_KEYBOARD) {
            keyboard.tabUntil(element -> field[0].equals(element.getDomAttribute("name")), 1);
            keyboard.press(field[1]);
        }
        keyboard.tabUntil(element -> "submit".equals(element.getDomAttribute("type")), 1);
        keyboard.press(Keys.ENTER);

        browser.waitUntil(ExpectedConditions.urlMatches("/admin/points/\\d+$"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
        assertThat(browser.text(By.tagName("main"))).contains("Place du Foirail, 46160 Cajarc", "Vallée et Causse",
                "Cyber-base — Cyber-base de Cajarc", "Caméra pour la visio : Oui", "Scanner : Non");
    }

    private static Stream<DynamicTest> pages(Browser browser, String role, String... paths) {
        return Arrays.stream(paths).map(path -> page(browser, role, path, 200));
    }

    /** A page answered with that status, photographed and checked; error pages are checked like any other. */
    private static DynamicTest page(Browser browser, String role, String path, int status) {
        return DynamicTest.dynamicTest(path, () -> {
            browser.open(path);
            assertThat(browser.status()).as("status of %s", path).isEqualTo(status);
            check(browser, "staff-" + role + path);
        });
    }

    /** Waits for what htmx loads into the page, photographs it, then runs axe-core on all of it. */
    private static void check(Browser browser, String screenshot) {
        if (!browser.findAll(By.cssSelector("[hx-trigger=load]")).isEmpty()) {
            browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[hx-trigger=load] > *")));
        }
        browser.screenshot(screenshot);
        browser.assertAccessible();
    }

    private long bretenoux() {
        return points.all().stream().filter(point -> point.getName().equals("ESP@P Bretenoux")).findFirst()
                .map(Point::getId).orElseThrow();
    }
}
