package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Someone who uses only the keyboard finds a point: every focus stop is visible on the way. */
@BrowserTest
class KeyboardJourneyTest {

    @Test
    void theFirstTabRevealsTheSkipLink(Browser browser) {
        browser.open("/");

        WebElement skip = browser.keyboard().tab().focused();

        assertThat(skip.getDomAttribute("href")).endsWith("#contenu");
        assertThat(skip.getRect().getX()).as("on screen when focused").isGreaterThanOrEqualTo(0);
        browser.keyboard().assertFocusVisible();
    }

    @Test
    void theCheckNoticesAFocusThatCannotBeSeen(Browser browser) {
        browser.driver().get("data:text/html;charset=utf-8,<style>a:focus{outline:none}</style><a href='%23'>x</a>");

        browser.keyboard().tab();

        assertThatThrownBy(() -> browser.keyboard().assertFocusVisible()).hasMessageContaining("focus indicator");
    }

    @Test
    void fromTheHomePageToTheFilteredListWithTheKeyboardOnly(Browser browser) {
        browser.open("/");
        Keyboard keyboard = browser.keyboard();

        keyboard.tabUntil(element -> "Trouver un point".equals(element.getText()), 10);
        keyboard.press(Keys.ENTER);
        browser.waitForPath("/points");

        keyboard.tabUntil(element -> "commune".equals(element.getDomAttribute("id")), 15);
        keyboard.press(Keys.ARROW_DOWN);
        browser.waitUntil(ExpectedConditions.urlContains("commune="));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBeLessThan(By.cssSelector("#resultats article"), 9));

        keyboard.tabUntil(element -> "organisme".equals(element.getDomAttribute("id")), 3);
        keyboard.tabUntil(element -> "submit".equals(element.getDomAttribute("type")), 3);
    }
}
