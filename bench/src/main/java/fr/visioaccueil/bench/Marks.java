package fr.visioaccueil.bench;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The marks the hook recorded on one page (ms since the epoch), read once the first remote frame was painted. */
record Marks(Map<String, Number> values) {

    static final Duration FRAME_WAIT = Duration.ofSeconds(30);

    @SuppressWarnings("unchecked")
    static Marks of(WebDriver driver) {
        Object marks = ((JavascriptExecutor) driver).executeScript("return window.__bench ? window.__bench.marks : {};");
        return new Marks((Map<String, Number>) marks);
    }

    /** Waits until the page at a path starting with {@code pathPrefix} painted its first remote frame. */
    static Marks afterFirstFrame(WebDriver driver, String pathPrefix) {
        return new WebDriverWait(driver, FRAME_WAIT).until(page -> {
            if (!page.getCurrentUrl().contains(pathPrefix)) {
                return null;
            }
            Marks marks = of(page);
            return marks.has("frame") ? marks : null;
        });
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** Milliseconds from {@code origin} to the mark; NaN when the page never reached it. */
    double since(double origin, String name) {
        Number value = values.get(name);
        return value == null ? Double.NaN : value.doubleValue() - origin;
    }

    double at(String name) {
        return values.get(name).doubleValue();
    }
}
