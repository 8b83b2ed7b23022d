package fr.visioaccueil.browser;

import fr.visioaccueil.shared.NetworkTime;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.visioaccueil.LocalSmtp;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rendez-vous in a real browser: the CAF correspondent sets a motif and a permanence, the mediator books for a
 * citizen and prints the summary, a citizen books online without an account, receives the confirmation (GreenMail;
 * its .ics read by ical4j) and cancels with the link from the e-mail.
 * Every new page is checked with axe-core and kept as a screenshot.
 */
@BrowserTest
class BookingJourneyTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = LocalSmtp.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        LocalSmtp.use(registry);
        registry.add("visio.notifications.poll-interval", () -> "200ms");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void correspondentThenMediatorThenCitizen(Browser browser) {
        correspondentSetsAMotifAndAPermanence(browser);
        browser.driver().manage().deleteAllCookies();
        mediatorBooksAndPrints(browser);
        browser.driver().manage().deleteAllCookies();
        citizenBooksOnlineAndCancels(browser);
    }

    private void correspondentSetsAMotifAndAPermanence(Browser browser) {
        browser.signIn(DemoStaff.PARTNER_CORRESPONDENT).open("/organisme/permanences");
        look(browser, "booking-settings-empty");
        browser.clickThrough(browser.find(By.linkText("Nouveau motif")));
        look(browser, "booking-motif-form");
        browser.fill("label", "Prime d’activité").fill("toBring", "Votre dernier avis d’imposition")
                .fill("durationMinutes", "20");
        browser.clickThrough(browser.find(By.cssSelector("main form button[type=submit]")));

        browser.clickThrough(browser.find(By.linkText("Nouvelle permanence")));
        browser.clickThrough(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Choisissez au moins un agent");
        look(browser, "booking-permanence-form-errors");
        browser.fill("slotMinutes", "20");
        date(browser, "firstDay", LocalDate.now(NetworkTime.ZONE).toString());
        date(browser, "lastDay", LocalDate.now(NetworkTime.ZONE).plusMonths(3).toString());
        int row = 1;
        for (String day : new String[] {"Lundi", "Mercredi", "Vendredi"}) {
            browser.choose("day" + row, day);
            date(browser, "opens" + row, "09:00");
            date(browser, "closes" + row, "12:00");
            row++;
        }
        browser.find(By.xpath("//label[span='Agent CAF']/input")).click();
        browser.find(By.xpath("//label[span='ESP@P Bretenoux']/input")).click();
        browser.clickThrough(browser.find(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.path()).isEqualTo("/organisme/permanences");
        assertThat(browser.text(By.tagName("main"))).contains("Lundi 09h00–12h00", "ESP@P Bretenoux",
                "Prime d’activité");
        look(browser, "booking-settings");
        browser.clickThrough(browser.find(By.linkText("Nouvelle absence")));
        look(browser, "booking-absence-form");
    }

    private void mediatorBooksAndPrints(Browser browser) {
        browser.signIn(DemoStaff.MEDIATOR).open("/mediateur/rendez-vous");
        look(browser, "booking-point-list");
        browser.clickThrough(browser.find(By.partialLinkText("Nouveau rendez-vous à ESP@P Bretenoux")));
        steps(browser);
        look(browser, "booking-point-book");
        browser.fill("citizenName", "Paul Sans Courriel");
        browser.clickThrough(browser.find(By.cssSelector("main form[method=post] button[type=submit]")));

        assertThat(browser.path()).startsWith("/mediateur/rendez-vous/");
        assertThat(browser.text(By.cssSelector(".appointment-summary"))).contains("ESP@P Bretenoux",
                "Caisse d’allocations familiales du Lot", "Prime d’activité", "Votre dernier avis d’imposition");
        look(browser, "booking-point-appointment");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.find(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.find(By.cssSelector(".print-only")).isDisplayed()).isTrue();
        browser.screenshot("booking-point-appointment-print");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private void citizenBooksOnlineAndCancels(Browser browser) {
        browser.open("/points/espap-bretenoux");
        browser.clickThrough(browser.find(By.linkText("Prendre rendez-vous")));
        steps(browser);
        browser.fill("citizenName", "Jeanne Usagère").fill("email", "jeanne");
        browser.clickThrough(browser.find(By.cssSelector("main form[method=post] button[type=submit]")));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Adresse électronique incorrecte");
        look(browser, "booking-online-errors");
        browser.find(By.cssSelector("input[name=slot]")).click();
        browser.fill("email", "jeanne.usagere@exemple.fr");
        browser.clickThrough(browser.find(By.cssSelector("main form[method=post] button[type=submit]")));

        assertThat(browser.path()).startsWith("/rendez-vous/");
        assertThat(browser.text(By.tagName("main"))).contains("Votre rendez-vous est réservé.", "Gardez l’adresse");
        look(browser, "booking-manage");
        assertThat(browser.cookie("VISIO_SESSION")).as("no session for a citizen").isNull();

        String mail = confirmationTo("jeanne.usagere@exemple.fr", browser.path());
        Matcher link = Pattern.compile("(http://localhost:\\d+/rendez-vous/[A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        browser.driver().get(link.group(1));
        browser.clickThrough(browser.find(By.xpath("//button[.='Annuler le rendez-vous']")));
        assertThat(browser.text(By.tagName("main"))).contains("Votre rendez-vous est annulé.", "Annulé");
        look(browser, "booking-manage-cancelled");
    }

    /** The confirmation e-mail: its text, once its .ics (read by ical4j) is checked against the stored times. */
    private String confirmationTo(String address, String managePath) {
        try {
            for (int i = 0; i < 150 && SMTP.getReceivedMessagesForDomain(address).length == 0; i++) {
                Thread.sleep(200);
            }
            MimeMessage[] received = SMTP.getReceivedMessagesForDomain(address);
            assertThat(received).hasSize(1);
            Multipart parts = (Multipart) received[0].getContent();
            String text = null;
            VEvent event = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/calendar")) {
                    event = new CalendarBuilder().build(part.getInputStream()).<VEvent>getComponent("VEVENT")
                            .orElseThrow();
                } else if (part.getContent() instanceof Multipart alternative) {
                    text = alternative.getBodyPart(0).getContent().toString();
                } else {
                    text = part.getContent().toString();
                }
            }
            Map<String, Object> stored = jdbc.sql("SELECT starts_at, ends_at FROM appointment WHERE citizen_email = :e")
                    .param("e", address).query().singleRow();
            assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
                    .isEqualTo(((java.sql.Timestamp) stored.get("starts_at")).toInstant());
            assertThat(Instant.from(event.getEndDate().orElseThrow().getDate()))
                    .isEqualTo(((java.sql.Timestamp) stored.get("ends_at")).toInstant());
            assertThat(text).contains(managePath.substring(0, managePath.indexOf('?')));
            return text;
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** Organisation, then motif, then the first free slot. */
    private static void steps(Browser browser) {
        browser.choose("organisme", "Caisse d’allocations familiales du Lot");
        browser.clickThrough(browser.find(By.xpath("//form[.//select[@id='organisme']]//button")));
        browser.choose("motif", "Prime d’activité");
        browser.clickThrough(browser.find(By.xpath("//form[.//select[@id='motif']]//button")));
        assertThat(browser.text(By.tagName("main"))).contains("Votre dernier avis d’imposition");
        browser.find(By.cssSelector("input[name=slot]")).click();
    }

    private static void date(Browser browser, String id, String value) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void look(Browser browser, String name) {
        browser.assertAccessible();
        browser.screenshot(name);
    }
}
