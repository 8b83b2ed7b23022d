package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The quality charter: the mediator of Bretenoux assesses a commitment with a photo as evidence (a text file
 * disguised as a PDF is refused), and the coordinator's roll-up counts it for Bretenoux and for the commitment.
 */
@BrowserTest
class CharterJourneyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    Points points;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMediatorAssessesACommitmentAndTheCoordinatorSeesTheRollUp(Browser browser, @TempDir Path files)
            throws IOException {
        long bretenoux = points.all().stream().filter(p -> p.getName().equals("ESP@P Bretenoux"))
                .map(Point::getId).findFirst().orElseThrow();
        long commitments = jdbc.sql("SELECT count(*) FROM charter_commitment").query(Long.class).single();

        browser.signIn(DemoStaff.MEDIATOR).open("/mediateur/charte");
        browser.assertAccessible();
        browser.clickThrough(browser.find(By.linkText("ESP@P Bretenoux")));
        assertThat(browser.path()).isEqualTo("/mediateur/charte/points/" + bretenoux);
        browser.assertAccessible();
        browser.clickThrough(browser.findAll(By.cssSelector("table.charter-point tbody tr td:last-child a")).get(0));
        browser.assertAccessible();

        browser.fill("arrangements", "Accueil sans rendez-vous du mardi au samedi, par Claire ou Thomas.");
        browser.choose("status", "Respecté");
        browser.fill("evidence", "Affiche des horaires et registre d’accueil.");
        Path fake = Files.write(files.resolve("faux.pdf"), "pas un PDF".getBytes());
        browser.form().attach("file", fake).submit();
        assertThat(browser.form().errorOf("file")).isEqualTo("Ce fichier n’est ni un PDF, ni une image JPEG ou PNG.");
        assertThat(browser.form().value("arrangements")).startsWith("Accueil sans rendez-vous");
        browser.assertAccessible();
        browser.screenshot("charter-assessment-error");
        Path photo = Files.write(files.resolve("affiche.png"), PNG);
        browser.form().attach("file", photo).submit();

        assertThat(browser.path()).isEqualTo("/mediateur/charte/points/" + bretenoux);
        assertThat(browser.text(By.cssSelector("table.charter-point tbody tr"))).contains("Respecté",
                "Accueil sans rendez-vous", "Télécharger affiche.png");
        browser.screenshot("charter-point");
        browser.forgetEverything();

        browser.signIn(DemoStaff.COORDINATOR).open("/admin/charte");
        browser.assertAccessible();
        browser.screenshot("charter-commitments");
        browser.clickThrough(browser.findAll(By.cssSelector("ul.commitments a")).get(0));
        assertThat(browser.path()).startsWith("/admin/charte/engagements/");
        browser.assertAccessible();
        browser.open("/admin/charte/bilan");
        assertThat(browser.text(By.xpath("//table[@id='per-point']//tr[th[normalize-space()='ESP@P Bretenoux']]")))
                .isEqualTo("ESP@P Bretenoux 1 0 0 " + (commitments - 1) + " Non conforme");
        assertThat(browser.text(By.cssSelector("#per-commitment tbody tr")))
                .endsWith("1 0 0 " + (points.all().size() - 1));
        assertThat(browser.text(By.id("conformes"))).isEqualTo("0 point(s) conforme(s) sur " + points.all().size());
        browser.assertAccessible();
        browser.screenshot("charter-roll-up");
    }
}
