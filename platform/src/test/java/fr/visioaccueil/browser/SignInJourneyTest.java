package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** A member of staff signs in through the real form, with a good and with a bad password. */
@BrowserTest
class SignInJourneyTest {

    private static final String SESSION = "VISIO_SESSION";

    @Test
    void aGoodPasswordOpensTheStaffAreaInANewSession(Browser browser) {
        browser.open("/connexion");
        Cookie anonymous = browser.cookie(SESSION);

        browser.signIn(DemoStaff.COORDINATOR);

        assertThat(browser.path()).isEqualTo("/espace");
        Cookie session = browser.cookie(SESSION);
        assertThat(session).as("session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isIn("Lax", "Strict");
        if (anonymous != null) {
            assertThat(session.getValue()).as("a new session id after sign-in").isNotEqualTo(anonymous.getValue());
        }
        assertThat(browser.find(By.id("espace-titre")).getTagName()).isEqualTo("h1");
        assertThat(browser.text(By.id("espace-titre"))).isEqualTo("Espace professionnel");
        assertThat(browser.text(By.tagName("main"))).contains("Coordination du réseau");
    }

    @Test
    void aBadPasswordStaysOnTheSignInPageWithAFrenchMessage(Browser browser) {
        browser.signIn("agent.anpe@espap46.example", "pas-le-bon-mot-de-passe");

        assertThat(browser.path()).isEqualTo("/connexion?erreur");
        assertThat(browser.text(By.cssSelector("[role=alert]")))
                .isEqualTo("Adresse électronique ou mot de passe incorrect.");
        assertThat(browser.find(By.id("password")).isDisplayed()).isTrue();

        browser.open("/espace");
        assertThat(browser.path()).as("still signed out").isEqualTo("/connexion");
    }
}
