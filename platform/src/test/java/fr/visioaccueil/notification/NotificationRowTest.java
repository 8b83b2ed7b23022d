package fr.visioaccueil.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The coordinator sees enough of a recipient to recognise them, not enough to write to them. */
class NotificationRowTest {

    private static final Instant NOW = Instant.parse("2026-06-02T08:00:00Z");

    @Test
    void anAddressKeepsItsFirstLetterAndItsDomain() {
        assertThat(row("email", "claire.usager@exemple.fr").maskedRecipient()).isEqualTo("c***@exemple.fr");
    }

    @Test
    void aNumberKeepsItsCountryTheMobilePrefixAndItsLastTwoDigits() {
        assertThat(row("sms", "+33612345678").maskedRecipient()).isEqualTo("+33 6 ** ** ** 78");
    }

    @Test
    void timesAreShownInParis() {
        assertThat(row("sms", "+33612345678").plannedAt().toLocalTime()).hasToString("10:00");
    }

    private static NotificationRow row(String kind, String recipient) {
        return new NotificationRow(kind, recipient, null, "pending", 0, NOW, null, NOW);
    }
}
