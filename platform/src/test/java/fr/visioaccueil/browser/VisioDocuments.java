package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.SampleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The documents step of the visio journey: the point sends a PDF and a photo through its panel, the agent's page
 * lists them at once (no reload) and downloads the PDF byte for byte; the agent sends a PDF that the point can print.
 */
final class VisioDocuments {

    private static final Path FILES = Path.of("target", "visio-documents");
    /** In the page: fetch a link's target and answer its SHA-256 in hex, as the person's browser would get it. */
    private static final String DIGEST_OF_LINK = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0].href, { credentials: 'same-origin' })
              .then((response) => response.arrayBuffer())
              .then((bytes) => crypto.subtle.digest('SHA-256', bytes))
              .then((hash) => done([...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('')))
              .catch((failure) => done(`failed: ${failure}`));
            """;

    private VisioDocuments() {
    }

    static void exchange(Browser point, Browser agent) {
        agent.script("window.sameRoomPage = true;");
        byte[] attestation = SampleFiles.pdf("Attestation de domicile - Bretenoux");
        send(point, file("attestation-domicile.pdf", attestation));
        WebElement received = listed(agent, "attestation-domicile.pdf");
        assertThat(agent.script("return window.sameRoomPage === true;")).as("listed without reload").isEqualTo(true);
        assertThat(received.getText()).contains("PDF", "Reçu de l’interlocuteur");
        Object digest = ((org.openqa.selenium.JavascriptExecutor) agent.driver())
                .executeAsyncScript(DIGEST_OF_LINK, received.findElement(By.className("document-download")));
        assertThat(digest).as("the bytes the agent's page downloads").isEqualTo(sha256(attestation));

        send(point, file("photo-justificatif.png", SampleFiles.png()));
        listed(agent, "photo-justificatif.png").findElement(By.cssSelector("img.document-preview"));

        send(agent, file("courrier-caf.pdf", SampleFiles.pdf("Courrier de la CAF du Lot")));
        WebElement letter = listed(point, "courrier-caf.pdf");
        WebElement print = letter.findElement(By.className("document-print"));
        assertThat(print.isDisplayed()).as("the point may print the agent's PDF").isTrue();
        assertThat(print.getText()).isEqualTo("Imprimer");
        assertThat(listed(agent, "courrier-caf.pdf").findElement(By.className("document-print")).isDisplayed())
                .as("the agent prints nothing at the point's").isFalse();
        print.click();
        // the PDF really loaded in the room's own frame: neither X-Frame-Options nor the CSP turned it away
        point.waitUntil(page -> point.script("""
                const frame = document.getElementById('document-impression');
                const framed = frame && frame.contentDocument;
                return Boolean(framed && framed.contentType === 'application/pdf'
                    && frame.src.endsWith(arguments[0]));""", letter.getDomAttribute("data-id")));
    }

    /** The coordinator's log of the documents' accesses, as a page: who and when, never a name. */
    static void accessLogShown(Browser browser) {
        browser.forgetEverything();
        browser.signIn(DemoStaff.COORDINATOR).open("/admin/documents");
        String log = browser.text(By.id("journal-documents"));
        assertThat(log).contains("Envoi", "Ouverture ou téléchargement", DemoStaff.MEDIATOR.email(),
                DemoStaff.PARTNER_AGENT.email()).doesNotContain("attestation-domicile", "courrier-caf");
        assertThat(browser.find(By.cssSelector(".admin-nav a[aria-current=page]")).getText())
                .isEqualTo("Documents des visios");
        browser.assertAccessible();
        browser.screenshot("visio-documents-log");
    }

    private static void send(Browser browser, Path file) {
        browser.find(By.id("document-fichier")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("#document-form button[type=submit]")).click();
        listed(browser, file.getFileName().toString());
        assertThat(browser.text(By.id("document-etat"))).isEqualTo("Document envoyé.");
    }

    private static WebElement listed(Browser browser, String name) {
        By item = By.xpath("//ul[@id='document-liste']/li[span[@class='document-name'][text()='" + name + "']]");
        browser.waitUntil(page -> !browser.findAll(item).isEmpty());
        return browser.find(item);
    }

    private static Path file(String name, byte[] content) {
        try {
            Files.createDirectories(FILES);
            return Files.write(FILES.resolve(name), content);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
