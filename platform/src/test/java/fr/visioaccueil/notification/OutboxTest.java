package fr.visioaccueil.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.visioaccueil.LocalSmtp;
import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.shared.MailServer;
import fr.visioaccueil.shared.MailingProperties;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The outbox against the real database and a real SMTP exchange (GreenMail on 127.0.0.1). The scheduled job
 * only runs at start-up here (hourly), so each test runs it itself, and moves the platform's clock forward.
 */
@PlatformTest
@Import(OutboxTest.Time.class)
@TestPropertySource(properties = {"visio.notifications.poll-interval=1h", "visio.notifications.max-attempts=3",
    "visio.notifications.retry-delay=1m", "visio.notifications.batch-size=3",
    "visio.mail-from=ne-pas-repondre@espap46.example"})
@ExtendWith(OutputCaptureExtension.class)
class OutboxTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = LocalSmtp.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        LocalSmtp.use(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxJob job;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void nothingLeftForTheNextTest() {
        jdbc.sql("UPDATE notification SET status = 'cancelled' WHERE status IN ('pending', 'sending')").update();
    }

    @Test
    void aScheduledEmailArrivesWithItsCalendarInvitation() throws Exception {
        // the hour that happens twice when clocks go back: 02:30 the second time (CET)
        Instant start = Instant.parse("2026-10-25T01:30:00Z");
        CalendarEvent event = new CalendarEvent("rdv-1001@visio-accueil.test", 0, start, start.plusSeconds(1200),
                "Rendez-vous CAF, en visio", "ESP@P Bretenoux", "Apportez votre dernier avis d’imposition.", false);
        Email email = new Email("lucie.delmas@usagers.example", "Votre rendez-vous du 25 octobre",
                "Bonjour, votre rendez-vous est confirmé.", List.of(event.asAttachment("rendez-vous.ics")));

        notifications.schedule("test-ics-1001", email, clock.instant());
        assertThat(job.runOnce()).isEqualTo(1);

        MimeMessage received = onlyMessageTo("lucie.delmas@usagers.example");
        assertThat(received.getSubject()).isEqualTo("Votre rendez-vous du 25 octobre");
        assertThat(received.getFrom()[0].toString()).isEqualTo("ne-pas-repondre@espap46.example");
        Map<String, Part> parts = parts(received);
        assertThat(parts.get("text/plain").getContent().toString()).contains("votre rendez-vous est confirmé");
        Part calendar = parts.get("text/calendar");
        assertThat(calendar.getContentType()).contains("method=REQUEST");
        assertThat(calendar.getFileName()).isEqualTo("rendez-vous.ics");
        VEvent parsed = CalendarEventTest.parse(calendar.getInputStream().readAllBytes());
        assertThat(Instant.from(parsed.getStartDate().orElseThrow().getDate())).isEqualTo(start);
        assertThat(Instant.from(parsed.getEndDate().orElseThrow().getDate())).isEqualTo(start.plusSeconds(1200));
        assertThat(status("test-ics-1001")).isEqualTo("sent");
    }

    @Test
    void schedulingTwiceWithOneKeySendsOnce() {
        notifications.schedule("test-twice", new Email("paul.bach@usagers.example", "Premier", "Texte"),
                clock.instant());
        notifications.schedule("test-twice", new Email("paul.bach@usagers.example", "Second", "Texte"),
                clock.instant());
        job.runOnce();
        job.runOnce();

        assertThat(subjectsReceivedBy("paul.bach@usagers.example")).containsExactly("Premier");
    }

    @Test
    void aBatchAddsItsNewKeysWithTheirAttachmentsAndLeavesAKnownKeyAsItWas() throws Exception {
        Attachment first = new Attachment("premier.txt", "text/plain", "un".getBytes());
        notifications.schedule("test-batch-known", new Email("ines.marty@usagers.example", "Déjà là", "Texte",
                List.of(first)), clock.instant());

        Attachment second = new Attachment("second.txt", "text/plain", "deux".getBytes());
        Attachment third = new Attachment("troisieme.txt", "text/plain", "trois".getBytes());
        notifications.schedule(List.of(
                new Scheduled("test-batch-known", new Email("ines.marty@usagers.example", "Remplacé ?", "Texte",
                        List.of(second)), clock.instant()),
                new Scheduled("test-batch-new", new Email("ines.marty@usagers.example", "Nouveau", "Texte",
                        List.of(second, third)), clock.instant()),
                new Scheduled("test-batch-sms", new Sms("06 98 76 54 32", "Rappel"), clock.instant())));

        assertThat(attachmentNames("test-batch-known")).containsExactly("premier.txt");
        assertThat(attachmentNames("test-batch-new")).containsExactly("second.txt", "troisieme.txt");
        assertThat(status("test-batch-sms")).isEqualTo("pending");
        job.runOnce();
        assertThat(subjectsReceivedBy("ines.marty@usagers.example")).containsExactlyInAnyOrder("Déjà là", "Nouveau");
    }

    @Test
    void aBatchRefusesTwoMessagesUnderOneKeyAndAddsNone() {
        Email email = new Email("ines.marty@usagers.example", "Double", "Texte");
        assertThatThrownBy(() -> notifications.schedule(List.of(new Scheduled("test-batch-twice", email,
                clock.instant()), new Scheduled("test-batch-twice", email, clock.instant()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE notification_key = 'test-batch-twice'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aNotificationIsNotSentBeforeItsTime() {
        notifications.schedule("test-later", new Email("rose.cayla@usagers.example", "Rappel", "Demain"),
                clock.instant().plus(Duration.ofHours(48)));

        job.runOnce();
        clock.forward(Duration.ofHours(47));
        job.runOnce();
        assertThat(subjectsReceivedBy("rose.cayla@usagers.example")).isEmpty();
        assertThat(status("test-later")).isEqualTo("pending");

        clock.forward(Duration.ofHours(1));
        job.runOnce();
        assertThat(subjectsReceivedBy("rose.cayla@usagers.example")).containsExactly("Rappel");
    }

    @Test
    void cancellingByPrefixStopsOnlyThePendingNotificationsOfThatPrefix() {
        notifications.schedule("rdv-77-confirmation", new Email("marc.lagarde@usagers.example", "Confirmation", "T"),
                clock.instant());
        job.runOnce();
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1));
        notifications.schedule("rdv-77-rappel", new Email("marc.lagarde@usagers.example", "Rappel", "T"), tomorrow);
        notifications.schedule("rdv-77-sms", new Sms("0612345678", "Rappel"), tomorrow);
        notifications.schedule("rdv-770-rappel", new Email("marc.lagarde@usagers.example", "Autre", "T"), tomorrow);
        notifications.schedule("rdvx77-rappel", new Email("marc.lagarde@usagers.example", "Encore", "T"), tomorrow);

        assertThat(notifications.cancelPending("rdv-77-")).isEqualTo(2);
        assertThat(notifications.cancelPending("rdv_77")).isZero();
        clock.forward(Duration.ofDays(1));
        job.runOnce();

        assertThat(subjectsReceivedBy("marc.lagarde@usagers.example"))
                .containsExactlyInAnyOrder("Confirmation", "Autre", "Encore");
        assertThat(status("rdv-77-confirmation")).isEqualTo("sent");
        assertThat(status("rdv-77-rappel")).isEqualTo("cancelled");
        assertThat(status("rdv-77-sms")).isEqualTo("cancelled");
    }

    @Test
    void aFailedSendIsTriedAgainLaterThenMarkedFailed() {
        SMTP.stop();
        notifications.schedule("test-failing", new Email("jean.roux@usagers.example", "Rappel", "T"), clock.instant());

        job.runOnce();
        assertThat(attempts("test-failing")).isEqualTo(1);
        job.runOnce();
        assertThat(attempts("test-failing")).as("not tried again before the delay").isEqualTo(1);
        clock.forward(Duration.ofMinutes(1));
        job.runOnce();
        assertThat(attempts("test-failing")).isEqualTo(2);
        assertThat(status("test-failing")).isEqualTo("pending");
        clock.forward(Duration.ofMinutes(1));
        job.runOnce();
        assertThat(attempts("test-failing")).as("the delay doubled").isEqualTo(2);
        clock.forward(Duration.ofMinutes(1));
        job.runOnce();

        assertThat(attempts("test-failing")).isEqualTo(3);
        assertThat(status("test-failing")).isEqualTo("failed");
        assertThat(jdbc.sql("SELECT last_error FROM notification WHERE notification_key = 'test-failing'")
                .query(String.class).single()).isNotBlank();
        clock.forward(Duration.ofHours(1));
        job.runOnce();
        assertThat(attempts("test-failing")).isEqualTo(3);
    }

    /**
     * What a restart leaves in the database is sent by a job that has never seen it: pending rows, and a row a
     * stopped node had claimed longer ago than the claim timeout — but not one that a live node is sending.
     */
    @Test
    void aFreshJobSendsWhatARestartLeftInTheDatabase(@Autowired MailServer mailServer,
            @Autowired MailingProperties mailing, @Autowired SmsGateway gateway,
            @Autowired NotificationProperties properties) {
        notifications.schedule("test-restart-pending", new Email("anne.vidal@usagers.example", "En attente", "T"),
                clock.instant());
        notifications.schedule("test-restart-abandoned", new Email("anne.vidal@usagers.example", "Abandonné", "T"),
                clock.instant());
        notifications.schedule("test-restart-in-flight", new Email("anne.vidal@usagers.example", "En cours", "T"),
                clock.instant());
        claimedAgo("test-restart-abandoned", Duration.ofMinutes(11));
        claimedAgo("test-restart-in-flight", Duration.ofMinutes(1));

        OutboxJob afterRestart = new OutboxJob(new Outbox(jdbc), new MailDelivery(mailServer, mailing), gateway,
                properties, clock);
        assertThat(afterRestart.runOnce()).isEqualTo(2);

        assertThat(subjectsReceivedBy("anne.vidal@usagers.example"))
                .containsExactlyInAnyOrder("En attente", "Abandonné");
        assertThat(status("test-restart-in-flight")).isEqualTo("sending");
    }

    @Test
    void concurrentJobsNeverSendTheSameNotificationTwice() throws Exception {
        int count = 40;
        for (int i = 0; i < count; i++) {
            notifications.schedule("test-concurrent-" + i,
                    new Email("personne" + i + "@concurrence.example", "Message " + i, "T"), clock.instant());
        }
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Integer>> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.runOnce();
                }));
            }
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }

        assertThat(SMTP.getReceivedMessages()).hasSize(count);
        IntStream.range(0, count).forEach(i -> assertThat(subjectsReceivedBy("personne" + i + "@concurrence.example"))
                .containsExactly("Message " + i));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM notification
                        WHERE notification_key LIKE 'test-concurrent-%' AND status = 'sent' AND attempts = 1""")
                .query(Integer.class).single()).isEqualTo(count);
    }

    @Test
    void anSmsGoesToTheLoggingGatewayByDefault(@Autowired SmsGateway gateway, CapturedOutput output) {
        notifications.schedule("test-sms", new Sms("07 81 22 33 44", "Rappel : rendez-vous demain à 10 h à l’ESP@P"),
                clock.instant());
        job.runOnce();

        assertThat(gateway).isInstanceOf(LoggingSmsGateway.class);
        assertThat(output.getOut()).contains("+33781223344", "Rappel : rendez-vous demain à 10 h à l'ESP@P");
        assertThat(status("test-sms")).isEqualTo("sent");
    }

    private void claimedAgo(String key, Duration ago) {
        jdbc.sql("""
                        UPDATE notification SET status = 'sending', attempts = 1, claimed_at = :at
                        WHERE notification_key = :key""")
                .param("at", clock.instant().minus(ago).atOffset(java.time.ZoneOffset.UTC)).param("key", key)
                .update();
    }

    private List<String> attachmentNames(String key) {
        return jdbc.sql("""
                        SELECT a.file_name FROM notification_attachment a JOIN notification n ON n.id = a.notification_id
                        WHERE n.notification_key = :key ORDER BY a.position""")
                .param("key", key).query(String.class).list();
    }

    private String status(String key) {
        return jdbc.sql("SELECT status FROM notification WHERE notification_key = :key").param("key", key)
                .query(String.class).single();
    }

    private int attempts(String key) {
        return jdbc.sql("SELECT attempts FROM notification WHERE notification_key = :key").param("key", key)
                .query(Integer.class).single();
    }

    private static MimeMessage onlyMessageTo(String address) {
        MimeMessage[] received = SMTP.getReceivedMessagesForDomain(address);
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static List<String> subjectsReceivedBy(String address) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessagesForDomain(address)) {
            try {
                subjects.add(message.getSubject());
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return subjects;
    }

    /** The leaf parts of a message by their bare content type. */
    private static Map<String, Part> parts(Part part) throws Exception {
        Map<String, Part> leaves = new java.util.HashMap<>();
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
