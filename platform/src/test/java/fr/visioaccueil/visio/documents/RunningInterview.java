package fr.visioaccueil.visio.documents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.visioaccueil.StaffSessions;
import fr.visioaccueil.visio.Interviews;
import fr.visioaccueil.visio.VisioFixtures;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A fresh interview between ESP@P Bretenoux (Claire Lafon) and the CAF's agent, already admitted, and the moves the
 * documents tests make in it through the whole security chain: send a file as someone, count what is stored.
 */
final class RunningInterview {

    final long id;
    private final MockMvc mvc;
    private final StaffSessions sessions;
    private final JdbcClient jdbc;

    private RunningInterview(long id, MockMvc mvc, StaffSessions sessions, JdbcClient jdbc) {
        this.id = id;
        this.mvc = mvc;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    static RunningInterview start(WebApplicationContext context) {
        VisioFixtures fixtures = VisioFixtures.of(context);
        long id = fixtures.requestAtBretenoux("CAF", "Pièces justificatives").getId();
        context.getBean(Interviews.class).admit(id, fixtures.staff(StaffSessions.AGENT_CAF));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        return new RunningInterview(id, mvc, new StaffSessions(context.getBean(UserDetailsService.class)),
                context.getBean(JdbcClient.class));
    }

    MockMvc mvc() {
        return mvc;
    }

    RequestPostProcessor as(String email) {
        return sessions.as(email);
    }

    String documents() {
        return "/visio/entretiens/" + id + "/documents";
    }

    /** Posts one file as the documents panel does, with the CSRF token; {@code email} null for nobody signed in. */
    MockHttpServletResponse send(String email, String fileName, String declaredType, byte[] content) throws Exception {
        var request = multipart(documents()).file(new MockMultipartFile("fichier", fileName, declaredType, content))
                .with(csrf());
        return mvc.perform(email == null ? request : request.with(as(email))).andReturn().getResponse();
    }

    long storedCount() {
        return jdbc.sql("SELECT count(*) FROM interview_document WHERE interview_id = :id").param("id", id)
                .query(Long.class).single();
    }

    /** The log's refusals for this interview: account and reason. */
    java.util.List<Map<String, Object>> refusals() {
        return jdbc.sql("SELECT account_id, actor, detail FROM document_access WHERE interview_id = :id"
                        + " AND action = 'REFUSED' ORDER BY id").param("id", id).query().listOfRows();
    }
}
