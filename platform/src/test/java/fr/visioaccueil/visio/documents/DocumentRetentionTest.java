package fr.visioaccueil.visio.documents;

import static fr.visioaccueil.StaffSessions.AGENT_CAF;
import static fr.visioaccueil.StaffSessions.COORDINATOR;
import static fr.visioaccueil.StaffSessions.MEDIATOR_BRETENOUX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.visioaccueil.SampleFiles;
import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.visio.Interviews;
import fr.visioaccueil.visio.VisioFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Documents are deleted a retention (24 h) after their interview ended, or, for an interview nobody hung up, a
 * retention after {@code abandoned-after} (12 h) past their upload; each deletion is logged for the coordinator.
 */
@PlatformTest
class DocumentRetentionTest {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration ABANDONED = Duration.ofHours(12);
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    DocumentExchange exchange;
    @Autowired
    DocumentPurge purge;
    @Autowired
    Interviews interviews;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDocumentGoesOneRetentionAfterItsInterviewEndedAndTheSystemLogsIt() {
        RunningInterview interview = RunningInterview.start(context);
        UUID id = send(interview, "avis-imposition-Lafon.pdf");
        interviews.hangUp(interview.id);
        Instant ended = interviews.get(interview.id).getEndedAt();

        purge.purgeAt(ended.plus(RETENTION).minus(SECOND));
        assertThat(exists(id)).as("a second before the end of the retention").isTrue();

        DocumentPurge onTheApplicationsClock = new DocumentPurge(context.getBean(StoredDocuments.class),
                context.getBean(DocumentAccessLog.class), context.getBean(DocumentsProperties.class),
                context.getBean(TransactionTemplate.class), Clock.fixed(ended.plus(RETENTION), ZoneId.of("Europe/Paris")));
        try {
            assertThat(onTheApplicationsClock.purge()).isGreaterThanOrEqualTo(1);
        } finally {
            onTheApplicationsClock.stop();
        }
        assertThat(exists(id)).isFalse();
        assertThat(jdbc.sql("SELECT actor, account_id, interview_id FROM document_access WHERE document_id = :id"
                        + " AND action = 'PURGED'").param("id", id).query().singleRow())
                .containsEntry("actor", DocumentAccessLog.SYSTEM).containsEntry("account_id", null)
                .containsEntry("interview_id", interview.id);
    }

    @Test
    void aDocumentOfAnInterviewNobodyHungUpGoesARetentionAfterItCountsAsAbandoned() {
        RunningInterview interview = RunningInterview.start(context);
        UUID id = send(interview, "scan.pdf");
        Instant uploaded = jdbc.sql("SELECT uploaded_at FROM interview_document WHERE id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single().toInstant();

        purge.purgeAt(uploaded.plus(RETENTION).plus(ABANDONED).minus(SECOND));
        assertThat(exists(id)).isTrue();
        purge.purgeAt(uploaded.plus(RETENTION).plus(ABANDONED));
        assertThat(exists(id)).isFalse();
    }

    @Test
    void theCoordinatorReadsWhoDidWhatAndWhenButNeverANameOrAContent() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        UUID id = send(interview, "avis-imposition-Lafon.pdf");
        exchange.download(interview.id, id, VisioFixtures.of(context).staff(AGENT_CAF));
        interview.send(AGENT_CAF, "photo.pdf", "application/pdf", SampleFiles.png());

        MockHttpServletResponse page = interview.mvc().perform(get("/admin/documents").with(interview.as(COORDINATOR)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Journal des documents d’entretien", MEDIATOR_BRETENOUX, AGENT_CAF, "Envoi",
                "Ouverture ou téléchargement", "Refus", "l’agent ne peut envoyer que des PDF", id.toString().substring(0, 8));
        assertThat(html).doesNotContain("imposition", "Lafon", "%PDF");
        assertThat(interview.mvc().perform(get("/admin/documents").with(interview.as(MEDIATOR_BRETENOUX)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private UUID send(RunningInterview interview, String name) {
        return exchange.upload(interview.id, VisioFixtures.of(context).staff(MEDIATOR_BRETENOUX), name,
                SampleFiles.pdf("Piece justificative")).id();
    }

    private boolean exists(UUID id) {
        Map<String, Object> count = jdbc.sql("SELECT count(*) AS n FROM interview_document WHERE id = :id")
                .param("id", id).query().singleRow();
        return ((Number) count.get("n")).longValue() == 1;
    }
}
