package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Moving through a page with the keyboard only, as a person who cannot use a mouse does. */
public final class Keyboard {

    private static final String FOCUS_STYLE = """
            const element = document.activeElement;
            const style = getComputedStyle(element);
            return {outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) || 0,
                    boxShadow: style.boxShadow, focusVisible: element.matches(':focus-visible')};
            """;

    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    public Keyboard press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    public Keyboard tab() {
        return press(Keys.TAB);
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab until the focused element matches, checking on the way that every stop shows its focus;
     * fails listing the stops when the element is not reached within {@code maxTabs}.
     */
    public WebElement tabUntil(Predicate<WebElement> wanted, int maxTabs) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < maxTabs; i++) {
            tab();
            WebElement element = focused();
            stops.add(describe(element));
            assertFocusVisible();
            if (wanted.test(element)) {
                return element;
            }
        }
        return fail("Not reached with %d presses of Tab; focus went through:%n%s", maxTabs, String.join("\n", stops));
    }

    /** The focused element draws a focus indicator: an outline (or a box shadow, Pico's way for fields). */
    @SuppressWarnings("unchecked")
    public void assertFocusVisible() {
        Map<String, Object> style = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FOCUS_STYLE);
        boolean outline = !"none".equals(style.get("outlineStyle"))
                && ((Number) style.get("outlineWidth")).doubleValue() > 0;
        boolean shadow = !"none".equals(style.get("boxShadow"));
        assertThat(outline || shadow).as("focus indicator of %s: %s", describe(focused()), style).isTrue();
    }

    static String describe(WebElement element) {
        String id = element.getDomAttribute("id");
        String text = element.getText().strip();
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id) + "> "
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
