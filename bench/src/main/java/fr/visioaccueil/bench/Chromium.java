package fr.visioaccueil.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium with the flags of the platform's browser tests (fake camera and microphone, WebRTC on
 * loopback) and the first-frame hook installed before any page script.
 */
final class Chromium {

    private static final String BROWSER = System.getProperty("visio.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("visio.chromedriver", "/usr/bin/chromedriver");

    private Chromium() {
    }

    static ChromeDriver withHook() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=fr-FR",
                "--user-data-dir=" + Files.createTempDirectory("visio-bench-chromium-"),
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--allow-loopback-in-peer-connection", "--autoplay-policy=no-user-gesture-required");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(DRIVER)).usingAnyFreePort().withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", resource("first-frame-hook.js")));
        return driver;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Chromium.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
