package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.visioaccueil.LocalSmtp;
import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.Points;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The messages of an online booking through a real SMTP exchange: the confirmation with its .ics (read by ical4j,
 * the right times) and the personal link that works; the SMS fits one message; the reminder is scheduled before
 * the appointment and withdrawn when the citizen cancels; the agent and the point are told of the cancellation.
 */
@PlatformTest
@AutoConfigureMockMvc
class BookingMailTest extends BookingPagesTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = LocalSmtp.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        LocalSmtp.use(registry);
        registry.add("visio.notifications.poll-interval", () -> "200ms");
    }

    @Autowired
    Points points;
    @LocalServerPort
    int port;

    @Test
    void theCitizenGetsTheConfirmationWithTheCalendarAndTheLinkThenCancelsWithIt() throws Exception {
        Slot slot = fixtures.freeSlots().stream()
                .filter(s -> s.start().isAfter(Instant.now().plus(Duration.ofDays(3)))).findFirst().orElseThrow();
        String location = mvc.perform(post("/rendez-vous/nouveau")
                        .param("point", points.get(fixtures.bretenoux).getSlug()).with(csrf()).param("organisationId", String.valueOf(fixtures.caf))
                        .param("motifId", String.valueOf(fixtures.motif.id()))
                        .param("slot", SlotChoice.of(slot).getValue()).param("citizenName", "Lucie Delmas")
                        .param("email", "lucie.delmas@usagers.example").param("phone", "06 12 34 56 78"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String link = location.substring(0, location.indexOf('?'));
        long id = jdbc.sql("SELECT id FROM appointment WHERE citizen_email = 'lucie.delmas@usagers.example'")
                .query(Long.class).single();

        MimeMessage confirmation = waitForMail("lucie.delmas@usagers.example", 1);
        assertThat(confirmation.getSubject()).startsWith("Rendez-vous en visio le").endsWith("ESP@P Bretenoux");
        Map<String, Part> parts = parts(confirmation);
        String text = parts.get("text/plain").getContent().toString();
        assertThat(text).contains("Bonjour Lucie Delmas", "Votre dernier avis d’imposition",
                "http://localhost:" + port + link);
        VEvent event = new CalendarBuilder().build(new ByteArrayInputStream(parts.get("text/calendar")
                .getInputStream().readAllBytes())).<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(slot.start());
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(slot.end());
        mvc.perform(get(link)).andExpect(status().isOk());

        Map<String, Object> sms = jdbc.sql("SELECT recipient, body FROM notification WHERE notification_key = :k")
                .param("k", "rdv-" + id + "-confirmation-sms").query().singleRow();
        assertThat(sms.get("recipient")).isEqualTo("+33612345678");
        assertThat(sms.get("body").toString()).hasSizeLessThanOrEqualTo(160).contains(link);
        assertThat(jdbc.sql("SELECT not_before FROM notification WHERE notification_key = :k")
                .param("k", "rdv-" + id + "-rappel-" + slot.start().getEpochSecond() + "-mail")
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(slot.start().minus(Duration.ofHours(48)));

        mvc.perform(post(link + "/annuler").with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT DISTINCT status FROM notification WHERE notification_key LIKE :k")
                .param("k", "rdv-" + id + "-rappel-%").query(String.class).list()).containsExactly("cancelled");
        MimeMessage toAgent = waitForMail(fixtures.agentEmail, 1);
        assertThat(toAgent.getSubject()).startsWith("Rendez-vous annulé");
        assertThat(parts(toAgent).get("text/plain").getContent().toString())
                .contains("Le rendez-vous de Lucie Delmas a été annulé par l’usager");
        assertThat(SMTP.getReceivedMessagesForDomain("lucie.delmas@usagers.example")).hasSize(1);
    }

    private static MimeMessage waitForMail(String address, int count) throws InterruptedException {
        for (int i = 0; i < 150 && SMTP.getReceivedMessagesForDomain(address).length < count; i++) {
            Thread.sleep(200);
        }
        MimeMessage[] received = SMTP.getReceivedMessagesForDomain(address);
        assertThat(received).as("e-mails to " + address).hasSize(count);
        return received[count - 1];
    }

    private static Map<String, Part> parts(Part part) throws Exception {
        Map<String, Part> leaves = new HashMap<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.putAll(parts(child));
            }
        } else {
            leaves.put(part.getContentType().split(";")[0].trim().toLowerCase(), part);
        }
        return leaves;
    }
}
