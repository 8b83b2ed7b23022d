package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No serious or critical WCAG 2 A/AA violation found by axe-core on the public pages and the sign-in form. */
@BrowserTest
class AccessibilityJourneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/points", "/points?commune=Gourdon", "/points/espap-bretenoux", "/connexion",
            "/connexion?erreur"})
    void publicPagesAndTheSignInForm(String path, Browser browser) {
        browser.open(path).assertAccessible();
    }

    @Test
    void theCheckReportsEachSeriousViolationWithItsRuleAndPlace(Browser browser) {
        browser.driver().get("data:text/html;charset=utf-8,<html lang='fr'><title>t</title><main>"
                + "<input id='sans-etiquette'><p style='color:%23eee;background:%23fff'>pâle</p></main></html>");

        assertThatThrownBy(browser::assertAccessible)
                .hasMessageContaining("label").hasMessageContaining("#sans-etiquette")
                .hasMessageContaining("color-contrast");
    }
}
