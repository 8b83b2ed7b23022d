package fr.visioaccueil.browser;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Starts Debian's Chromium through Debian's chromedriver. Selenium Manager is never asked: it would try to
 * download a browser, which these machines cannot do.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("visio.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("visio.chromedriver", "/usr/bin/chromedriver"));

    private static final String INSTALL_HINT =
            " — run ./test.sh (it installs what is missing) or: apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    static Browser start(String baseUrl, boolean javascript) {
        return start(baseUrl, javascript, new String[0]);
    }

    private static final String[] FAKE_MEDIA = {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--autoplay-policy=no-user-gesture-required"};

    /** A browser with a fake camera and microphone that accepts WebRTC on loopback, for the visio journeys. */
    static Browser startWithFakeMedia(String baseUrl) {
        return start(baseUrl, true, FAKE_MEDIA);
    }

    /**
     * A browser with a fake camera and microphone through a chromedriver already running elsewhere (in a network
     * namespace, see {@link ThrottledLink}); the platform's address there is not loopback, so it is declared
     * secure for the camera to open.
     */
    static Browser startInNamespace(String baseUrl, URL chromedriver) {
        requireExecutable(BROWSER);
        Path profile = freshProfile();
        ChromeOptions options = options(profile, true);
        options.addArguments(FAKE_MEDIA);
        options.addArguments("--unsafely-treat-insecure-origin-as-secure=" + baseUrl);
        WebDriver driver = RemoteWebDriver.builder().oneOf(options).address(chromedriver)
                .augmentUsing(new Augmenter()).build();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, baseUrl, profile);
    }

    private static Browser start(String baseUrl, boolean javascript, String... extraArguments) {
        requireExecutable(BROWSER);
        requireExecutable(DRIVER);
        Path profile = freshProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().withSilent(true).build();
        try {
            ChromeOptions options = options(profile, javascript);
            options.addArguments(extraArguments);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, baseUrl, profile);
        } catch (SessionNotCreatedException failure) {
            service.stop();
            throw new IllegalStateException("Chromium did not start (" + BROWSER + " with " + DRIVER + ")"
                    + INSTALL_HINT, failure);
        }
    }

    private static ChromeOptions options(Path profile, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // the flags known to work as root on these machines (ARCHITECTURE.md); the window is big enough for
        // the desktop layout so that screenshots show what a person at a point sees
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=fr-FR",
                "--user-data-dir=" + profile);
        // WebRTC ignores the loopback interface unless told otherwise, and every test peer or relay is on 127.0.0.1
        options.addArguments("--allow-loopback-in-peer-connection");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr",
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        return options;
    }

    private static void requireExecutable(Path file) {
        if (!Files.isExecutable(file)) {
            throw new IllegalStateException("Browser tests need " + file + ", which is missing" + INSTALL_HINT);
        }
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("visio-chromium-");
        } catch (IOException failure) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", failure);
        }
    }
}
