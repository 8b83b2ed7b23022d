package fr.visioaccueil.visio.documents;

import static fr.visioaccueil.StaffSessions.AGENT_CAF;
import static fr.visioaccueil.StaffSessions.COORDINATOR;
import static fr.visioaccueil.StaffSessions.CORRESPONDENT_CAF;
import static fr.visioaccueil.StaffSessions.MEDIATOR_BRETENOUX;
import static fr.visioaccueil.visio.VisioFixtures.AGENT_ANPE;
import static fr.visioaccueil.visio.VisioFixtures.NADIA_GOURDON;
import static fr.visioaccueil.visio.VisioFixtures.THOMAS_BRETENOUX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SampleFiles;
import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.visio.Interviews;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * An interview's documents belong to its two sides: the requesting point's mediators and the admitting agent.
 * Anyone else is refused (403), an id that is not this interview's is not found (404), each refusal logged.
 */
@PlatformTest
class DocumentAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_A_SIDE = "Les documents de cet entretien sont réservés aux médiateurs du point "
            + "demandeur et à l’agent qui l’a pris.";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Interviews interviews;
    @LocalServerPort
    int port;

    @Test
    void bothSidesGetTheDocumentWithSafeHeadersAndNobodyElse() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        byte[] pdf = SampleFiles.pdf("Courrier de la CAF");
        String url = interview.documents() + "/" + sent(interview, AGENT_CAF, "courrier\u0007 caf.pdf", pdf);

        for (String side : new String[] {MEDIATOR_BRETENOUX, THOMAS_BRETENOUX, AGENT_CAF}) {
            MockHttpServletResponse download = fetch(interview, url, side);
            assertThat(download.getStatus()).as(side).isEqualTo(200);
            assertThat(download.getContentAsByteArray()).as(side).isEqualTo(pdf);
        }
        MockHttpServletResponse inline = fetch(interview, url, MEDIATOR_BRETENOUX);
        assertThat(inline.getContentType()).isEqualTo("application/pdf");
        assertThat(inline.getHeader("Content-Disposition")).startsWith("inline;").contains("courrier caf.pdf");
        assertThat(inline.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(inline.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(inline.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(inline.getHeader("Content-Security-Policy")).isEqualTo(DocumentDownloadController.DOCUMENT_POLICY);
        assertThat(fetch(interview, url + "?telecharger=1", AGENT_CAF).getHeader("Content-Disposition"))
                .startsWith("attachment;");
        assertThat(interview.mvc().perform(get(interview.documents()).with(interview.as(AGENT_CAF))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("courrier caf.pdf");

        for (String stranger : new String[] {AGENT_ANPE, NADIA_GOURDON, CORRESPONDENT_CAF, COORDINATOR}) {
            assertThat(fetch(interview, url, stranger).getStatus()).as(stranger).isEqualTo(403);
            assertThat(fetch(interview, interview.documents(), stranger).getStatus()).as(stranger).isEqualTo(403);
        }
        assertThat(interview.refusals()).extracting(row -> row.get("actor"))
                .contains(AGENT_ANPE, NADIA_GOURDON, CORRESPONDENT_CAF);
    }

    @Test
    void strangersCannotSendAndNothingIsStored() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        for (String stranger : new String[] {AGENT_ANPE, NADIA_GOURDON, CORRESPONDENT_CAF}) {
            DocumentUploadTest.refused(interview, stranger, "scan.pdf", SampleFiles.pdf("intrus"), 403, NOT_A_SIDE);
        }
        assertThat(interview.send(COORDINATOR, "scan.pdf", "application/pdf", SampleFiles.pdf("x")).getStatus())
                .isEqualTo(403);
        assertThat(interview.send(null, "scan.pdf", "application/pdf", SampleFiles.pdf("x")).getStatus())
                .isEqualTo(401);
        HttpResponse<String> anonymousCall = SignedInClient.anonymous(port).fetchFile(interview.documents(), "fichier",
                "scan.pdf", SampleFiles.pdf("x"));
        assertThat(anonymousCall.statusCode()).isEqualTo(401);
        assertThat(anonymousCall.body()).contains("Connexion requise");
        assertThat(interview.storedCount()).isZero();
        assertThat(interview.refusals()).extracting(row -> row.get("actor") + " " + row.get("detail")).containsExactly(
                AGENT_ANPE + " " + DocumentExchange.NOT_A_SIDE, NADIA_GOURDON + " " + DocumentExchange.NOT_A_SIDE,
                CORRESPONDENT_CAF + " " + DocumentExchange.NOT_A_SIDE);
    }

    @Test
    void anEndedInterviewTakesNoMoreDocumentsButItsSidesStillOpenThem() throws Exception {
        RunningInterview interview = RunningInterview.start(context);
        String url = interview.documents() + "/" + sent(interview, MEDIATOR_BRETENOUX, "scan.png", SampleFiles.png());
        interviews.hangUp(interview.id);
        DocumentUploadTest.refused(interview, MEDIATOR_BRETENOUX, "encore.pdf", SampleFiles.pdf("trop tard"), 409,
                "Cet entretien n’est pas en cours : les documents ne s’échangent que pendant l’entretien.");
        assertThat(interview.storedCount()).isEqualTo(1);
        MockHttpServletResponse image = fetch(interview, url, AGENT_CAF);
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).isEqualTo("image/png");
    }

    @Test
    void aDocumentOfAnotherInterviewOrAnUnknownIdIsNotFound() throws Exception {
        RunningInterview first = RunningInterview.start(context);
        RunningInterview second = RunningInterview.start(context);
        String elsewhere = sent(second, MEDIATOR_BRETENOUX, "autre.pdf", SampleFiles.pdf("autre"));

        assertThat(fetch(first, first.documents() + "/" + elsewhere, MEDIATOR_BRETENOUX).getStatus()).isEqualTo(404);
        assertThat(fetch(first, first.documents() + "/" + UUID.randomUUID(), AGENT_CAF).getStatus()).isEqualTo(404);
        assertThat(fetch(first, "/visio/entretiens/999999/documents/" + elsewhere, AGENT_CAF).getStatus()).isEqualTo(404);
        assertThat(fetch(first, first.documents() + "/pas-un-identifiant", AGENT_CAF).getStatus()).isEqualTo(400);
        assertThat(first.refusals()).extracting(row -> row.get("detail")).containsOnly(DocumentExchange.UNKNOWN)
                .hasSize(2);
        MockHttpServletResponse anonymousCall = first.mvc().perform(get(first.documents() + "/" + elsewhere)
                .with(anonymous())).andReturn().getResponse();
        assertThat(anonymousCall.getRedirectedUrl()).as("a person following a link signs in first").endsWith("/connexion");
    }

    private static String sent(RunningInterview interview, String email, String name, byte[] content) throws Exception {
        MockHttpServletResponse response = interview.send(email, name, "application/octet-stream", content);
        assertThat(response.getStatus()).isEqualTo(201);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("id").asText();
    }

    private static MockHttpServletResponse fetch(RunningInterview interview, String url, String email)
            throws Exception {
        return interview.mvc().perform(get(url).with(interview.as(email))).andReturn().getResponse();
    }
}
