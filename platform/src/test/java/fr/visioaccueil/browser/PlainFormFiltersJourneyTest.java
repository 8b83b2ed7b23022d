package fr.visioaccueil.browser;

import static fr.visioaccueil.browser.PublicPagesJourneyTest.titles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The filters of the list of points work as a plain form, in a browser without JavaScript. */
@BrowserTest(javascript = false)
class PlainFormFiltersJourneyTest {

    @Test
    void filtersByCommune(Browser browser) {
        submitFilter(browser, "commune", "Gourdon");

        assertThat(browser.path()).isEqualTo("/points?commune=Gourdon&organisme=");
        assertThat(titles(browser)).containsExactly("ESP@P Gourdon");
        assertThat(new Select(browser.find(By.id("commune"))).getFirstSelectedOption().getText()).isEqualTo("Gourdon");
    }

    @Test
    void filtersByOrganisation(Browser browser) {
        submitFilter(browser, "organisme", "UDAF du Lot — Point info famille");

        assertThat(browser.path()).startsWith("/points?commune=&organisme=");
        assertThat(titles(browser)).contains("ESP@P Bretenoux", "ESP@P Latronquière", "ESP@P Livernon")
                .doesNotContain("ESP@P Gourdon");
    }

    private static void submitFilter(Browser browser, String filter, String choice) {
        browser.open("/points").choose(filter, choice);
        browser.clickThrough(browser.find(By.cssSelector("form.filters button[type=submit]")));
    }
}
