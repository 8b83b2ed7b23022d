package fr.visioaccueil.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium pointed at the platform under test, with the few moves every journey needs. */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** Opens a path of the platform, e.g. {@code /points?commune=Gourdon}, and waits for the page to load. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the real sign-in form and waits for the page it leads to. */
    public Browser signIn(String email, String password) {
        open("/connexion").fill("email", email).fill("password", password);
        clickThrough(driver.findElement(By.cssSelector("main form button[type=submit]")));
        return this;
    }

    public Browser signIn(DemoStaff staff) {
        return signIn(staff.email(), DemoStaff.PASSWORD);
    }

    /** Replaces what a field holds with {@code text}; the field is found by its id. */
    public Browser fill(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses an option of a {@code select}, found by its id, by the text a person reads. */
    public Browser choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Clicks a link or a submit button and waits until the next page has replaced this one. */
    public void clickThrough(WebElement linkOrButton) {
        WebElement page = driver.findElement(By.tagName("html"));
        linkOrButton.click();
        waitUntil(driver -> isGone(page));
    }

    /** Stale, or caught mid-navigation where Chromium answers that the node left the document: gone either way. */
    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException midNavigation) {
            if (String.valueOf(midNavigation.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw midNavigation;
        }
    }

    /** Path and query of the current page, without the scheme, host and port. */
    public String path() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** The HTTP status of the page shown, as the browser received it (Navigation Timing). */
    public int status() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    /** Waits until the current path and query are exactly {@code path}. */
    public Browser waitForPath(String path) {
        waitUntil(page -> path.equals(path()));
        return this;
    }

    /** Forgets cookies and storage, so that every test starts signed out whatever the previous one did. */
    void forgetEverything() {
        ((HasCdp) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        ((HasCdp) driver).executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", baseUrl, "storageTypes", "all"));
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The form of the page's content, with what people do in forms beyond typing and choosing. */
    public Form form() {
        return new Form(this);
    }

    public Keyboard keyboard() {
        return new Keyboard(driver);
    }

    /** Fails listing every serious or critical WCAG 2 A/AA violation that axe-core finds on this page. */
    public void assertAccessible() {
        Accessibility.assertNoSeriousViolations(driver);
    }

    /** Saves the whole page as it looks now, beyond the window's height, as {@code target/screenshots/<name>.png}. */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        HasCdp chrome = (HasCdp) driver;
        Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        String png = (String) chrome.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"),
                    Base64.getDecoder().decode(png));
        } catch (IOException failure) {
            throw new IllegalStateException("Cannot save the screenshot " + name, failure);
        }
    }

    /**
     * Runs a script in every page this browser opens from now on, before the page's own scripts (e.g. to change
     * how the page hears its WebSocket); gives back the id that {@link #stopBeforeEveryPage} takes.
     */
    public String beforeEveryPage(String script) {
        return (String) ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", script)).get("identifier");
    }

    public void stopBeforeEveryPage(String id) {
        ((HasCdp) driver).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
