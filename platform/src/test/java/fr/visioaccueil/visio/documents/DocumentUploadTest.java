package fr.visioaccueil.visio.documents;

import static fr.visioaccueil.StaffSessions.AGENT_CAF;
import static fr.visioaccueil.StaffSessions.MEDIATOR_BRETENOUX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SampleFiles;
import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.StaffSessions;
import fr.visioaccueil.visio.documents.DocumentCipher.Binding;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * What an interview accepts, told by the content and not the name: the point's PDF, JPEG or PNG, the agent's PDF,
 * stored sealed; anything else refused in French with nothing stored and the refusal logged.
 */
@PlatformTest
class DocumentUploadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentCipher cipher;
    @LocalServerPort
    int port;

    @Test
    void aScanFromThePointIsStoredSealedAndNothingOfItReadsInTheDatabase() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        byte[] pdf = SampleFiles.pdf("Avis d'imposition 2009 - numero fiscal 3012345678901");
        MockHttpServletResponse response = interview.send(MEDIATOR_BRETENOUX, "avis-imposition-Lafon.pdf",
                "application/pdf", pdf);

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode sent = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(sent.path("name").asText()).isEqualTo("avis-imposition-Lafon.pdf");
        assertThat(sent.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(sent.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(sent.path("from").asText()).isEqualTo("POINT");
        assertThat(sent.path("time").asText()).matches("\\d\\d:\\d\\d");

        UUID id = UUID.fromString(sent.path("id").asText());
        Map<String, Object> row = jdbc.sql("SELECT * FROM interview_document WHERE id = :id").param("id", id)
                .query().singleRow();
        byte[] content = (byte[]) row.get("sealed_content");
        byte[] name = (byte[]) row.get("sealed_name");
        String dump = new String(content, StandardCharsets.ISO_8859_1) + new String(name, StandardCharsets.ISO_8859_1);
        assertThat(dump).doesNotContain("%PDF", "3012345678901", "imposition", "Lafon");
        assertThat(row).containsEntry("media_type", "application/pdf").containsEntry("size", pdf.length);

        Binding binding = new Binding(interview.id, id, "content");
        assertThat(cipher.open(content, binding)).isEqualTo(pdf);
        assertThatThrownBy(() -> cipher.open(content, new Binding(interview.id + 1, id, "content")))
                .as("bound to its interview").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new DocumentCipher(DocumentKeys.ephemeral()).open(content, binding))
                .as("another key").isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT actor, account_id FROM document_access WHERE document_id = :id AND action = 'UPLOADED'")
                .param("id", id).query().singleRow()).containsEntry("actor", MEDIATOR_BRETENOUX);
    }

    @Test
    void aPngNamedPdfIsTakenForAPngFromThePointAndRefusedFromTheAgent() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        MockHttpServletResponse fromPoint = interview.send(MEDIATOR_BRETENOUX, "scan.pdf", "application/pdf",
                SampleFiles.png());
        assertThat(fromPoint.getStatus()).isEqualTo(201);
        assertThat(JSON.readTree(fromPoint.getContentAsString()).path("mediaType").asText()).isEqualTo("image/png");
        MockHttpServletResponse photo = interview.send(MEDIATOR_BRETENOUX, "photo", "text/plain", SampleFiles.jpeg());
        assertThat(JSON.readTree(photo.getContentAsString()).path("mediaType").asText()).isEqualTo("image/jpeg");

        refused(interview, AGENT_CAF, "courrier.pdf", SampleFiles.png(), 415,
                "Ce fichier n’est pas un PDF : l’agent ne peut envoyer que des PDF.");
        assertThat(interview.storedCount()).isEqualTo(2);
    }

    @Test
    void textNamedPdfAndAnEmptyFileAreRefusedInFrenchAndLogged() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        refused(interview, MEDIATOR_BRETENOUX, "releve.pdf", "Relevé de compte : 1 234,56 €".getBytes(StandardCharsets.UTF_8),
                415, "Ce fichier n’est ni un PDF, ni une image JPEG ou PNG.");
        refused(interview, AGENT_CAF, "vide.pdf", new byte[0], 400,
                "Aucun fichier reçu, ou un fichier vide : choisissez le document à envoyer.");
        assertThat(interview.storedCount()).isZero();
        assertThat(interview.refusals()).extracting(row -> row.get("actor") + " " + row.get("detail")).containsExactly(
                MEDIATOR_BRETENOUX + " " + UploadRules.NOT_ACCEPTED, AGENT_CAF + " " + UploadRules.EMPTY);
    }

    /** Through the real server: the container's own multipart limit answers our JSON, not its page. */
    @Test
    void aFileOverTheLimitIsRefusedInFrenchByTheRealServer() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        byte[] big = SampleFiles.pdf("grand");
        big = java.util.Arrays.copyOf(big, 10 * 1024 * 1024 + 1);
        HttpResponse<String> response = SignedInClient.signIn(port, MEDIATOR_BRETENOUX, StaffSessions.DEMO_PASSWORD)
                .fetchFile(interview.documents(), "fichier", "gros-scan.pdf", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).path("erreur").asText()).isEqualTo("Le fichier dépasse 10 Mo.");
        assertThat(interview.storedCount()).isZero();
        assertThat(interview.refusals()).extracting(row -> row.get("detail")).containsExactly(UploadRules.TOO_LARGE);
    }

    static void refused(RunningInterview interview, String email, String name, byte[] content, int status,
                        String message) throws Exception {
        MockHttpServletResponse response = interview.send(email, name, "application/pdf", content);
        assertThat(response.getStatus()).as(email + " sending " + name).isEqualTo(status);
        assertThat(JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("erreur").asText())
                .isEqualTo(message);
    }
}
