package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.StaffSessions;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The error pages as a browser receives them from the real server: French, in the layout, never a trace. */
class ErrorPagesTest extends RegistryWebTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownPageIsAFrenchPageWithALinkHome() {
        HttpResponse<String> response = SignedInClient.anonymous(port).get("/points/nulle-part");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Cette page n’existe pas ou plus.", "Revenir à l’accueil", "ESP@P")
                .doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void theApiAnswersErrorsInJson() {
        HttpResponse<String> response = SignedInClient.anonymous(port).get("/api/points/999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":404,\"erreur\":\"Cette page n’existe pas ou plus.\"}");
        HttpResponse<String> malformed = SignedInClient.anonymous(port).get("/api/points?organisme=CAF");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).isEqualTo("{\"status\":400,\"erreur\":\"La demande est incorrecte.\"}");
    }

    @Test
    void aRefusedDeletionExplainsWhyAndAForbiddenPageSaysSo() {
        SignedInClient coordinator = SignedInClient.signIn(port, StaffSessions.COORDINATOR, StaffSessions.DEMO_PASSWORD);
        long bretenoux = pointNamed("ESP@P Bretenoux");
        HttpResponse<String> refused = coordinator.postForm("/admin/points/" + bretenoux + "/supprimer", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Ce point a encore des conventions : supprimez-les ou terminez-les d’abord.");
        assertThat(points.find(bretenoux)).isPresent();

        SignedInClient mediator = SignedInClient.signIn(port, StaffSessions.MEDIATOR_BRETENOUX,
                StaffSessions.DEMO_PASSWORD);
        HttpResponse<String> forbidden = mediator.get("/admin/points");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Vous n’avez pas accès à cette page.", "Revenir à l’accueil");

        HttpResponse<String> malformed = coordinator.get("/admin/conventions?point=Bretenoux");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("La demande est incorrecte.");
    }

    @Test
    void aFileOverTheUploadLimitIsAFrenchTooLargePageAndNothingIsSaved() {
        SignedInClient coordinator = SignedInClient.signIn(port, StaffSessions.COORDINATOR, StaffSessions.DEMO_PASSWORD);
        String before = fingerprint();
        byte[] huge = new byte[12 * 1024 * 1024];
        huge[0] = '%';
        HttpResponse<String> response = coordinator.postFile("/admin/reseau/logo", "logo", "enorme.png", huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Le fichier envoyé est trop volumineux.").doesNotContain("Exception");
        assertThat(fingerprint()).isEqualTo(before);
    }
}
