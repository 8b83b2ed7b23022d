package fr.visioaccueil.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.browser.Browser;
import fr.visioaccueil.browser.BrowserTest;
import fr.visioaccueil.browser.DemoStaff;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coordinator's list of notifications, on the platform as configured by default: no SMTP server, so the
 * e-mail waits while the SMS goes to the logging gateway through the scheduled job (every 5 s). Recipients are
 * masked, texts never shown.
 */
@BrowserTest
class NotificationsPageJourneyTest {

    @Autowired
    Notifications notifications;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorSeesRecentNotificationsMaskedAndInFrench(Browser browser) {
        notifications.schedule("page-email", new Email("claire.usager@exemple.fr", "Votre rendez-vous du 2 juin",
                "TEXTE-SECRET du courriel"), clock.instant());
        notifications.schedule("page-sms", new Sms("06 12 34 56 78", "TEXTE-SECRET du SMS"), clock.instant());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> "sent".equals(status("page-sms")));

        browser.signIn(DemoStaff.COORDINATOR).open("/admin/notifications");

        assertThat(browser.status()).isEqualTo(200);
        String page = browser.text(By.tagName("main"));
        assertThat(page).contains("Courriels et SMS aux usagers", "Aucun serveur de messagerie n’est configuré",
                "c***@exemple.fr", "Votre rendez-vous du 2 juin", "En attente", "+33 6 ** ** ** 78", "Envoyé")
                .doesNotContain("TEXTE-SECRET", "claire.usager", "12 34 56");
        assertThat(status("page-email")).isEqualTo("pending");
        assertThat(browser.find(By.cssSelector("nav.admin-nav [aria-current=page]")).getText())
                .isEqualTo("Courriels et SMS");
        browser.screenshot("notifications");
        browser.assertAccessible();
    }

    private String status(String key) {
        return jdbc.sql("SELECT status FROM notification WHERE notification_key = :key").param("key", key)
                .query(String.class).single();
    }
}
