package fr.visioaccueil.browser;

import static fr.visioaccueil.browser.VisioCall.MEDIA_WAIT;
import static fr.visioaccueil.browser.VisioCall.stat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SignedInClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The visio-guichet end to end in two headless Chromiums with fake camera and microphone: the point requests,
 * the agent sees it live and takes it, video and audio flow both ways peer to peer, chat both ways, hang-up,
 * outcome stored; a third signed-in person is refused.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisioJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    VisioCall call;
    Browser point;
    Browser agent;

    @BeforeAll
    void browsers() {
        call = VisioCall.start(port);
        point = call.point();
        agent = call.agent();
    }

    @AfterAll
    void quit() throws Exception {
        call.close();
    }

    @Test
    void aPointAndAnAgentHoldAVisioInterviewFromRequestToOutcome() {
        call.run("VisioJourneyTest", this::journey);
    }

    private void journey() {
        agent.signIn(DemoStaff.PARTNER_AGENT).open("/visio/file").assertAccessible();
        agent.script("window.sameQueuePage = true;");
        point.signIn(DemoStaff.MEDIATOR).open("/visio/nouvel-entretien").assertAccessible();
        long id = VisioCall.request(point);
        assertThat(point.text(By.id("etat"))).contains("Position dans la file").contains("agent en ligne");
        point.assertAccessible();
        point.waitUntil(page -> (Boolean) point.script("return document.getElementById('apercu').readyState >= 2;"));
        point.script("window.sameWaitingPage = true;");
        point.screenshot("visio-waiting");

        agent.waitUntil(page -> !agent.findAll(By.cssSelector("tr[data-interview='" + id + "']")).isEmpty());
        agent.screenshot("visio-queue");
        assertThat(agent.script("return window.sameQueuePage === true;")).as("queue updated without reload").isEqualTo(true);
        VisioCall.take(agent, point, id);
        assertThat(agent.script("return window.sameQueuePage === true;")).as("agent's room entered in place").isEqualTo(true);
        assertThat(point.script("return window.sameWaitingPage === true;")).as("point's room entered in place").isEqualTo(true);

        assertThat(SignedInClient.signIn(port, "nadia.cayrou@espap46.example", DemoStaff.PASSWORD)
                .get("/visio/entretiens/" + id)).satisfies(refused -> {
                    assertThat(refused.statusCode()).isEqualTo(403);
                    assertThat(refused.body()).contains("réservé aux médiateurs du point demandeur");
                });

        VisioCall.mediaFlows(point);
        VisioCall.mediaFlows(agent);
        point.assertAccessible();
        agent.assertAccessible();
        VisioCall.chat(point, agent, "Je m’appelle Lafon, L-A-F-O-N");
        VisioCall.chat(agent, point, "Référence du dossier : 46-123456");
        VisioDocuments.exchange(point, agent);
        point.assertAccessible();
        agent.assertAccessible();
        point.screenshot("visio-room-point");
        agent.screenshot("visio-room-agent");
        reloadedRoom(point, agent, id);
        signalingDropAndBack(point, agent);
        audioOnlyAndBack(point, agent);
        screenSharing(agent, point);

        agent.find(By.id("raccrocher")).click();
        agent.waitForPath("/visio/entretiens/" + id + "/issue");
        point.waitForPath("/visio/nouvel-entretien");
        agent.assertAccessible();
        agent.find(By.cssSelector("input[name=outcome][value=RESOLVED]")).click();
        agent.fill("note", "Droits ouverts");
        agent.clickThrough(agent.find(By.cssSelector("main form button[type=submit]")));
        assertThat(agent.path()).isEqualTo("/visio/file");

        Map<String, Object> stored = jdbc.sql("SELECT status, outcome, note, started_at, ended_at FROM interview WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(stored).containsEntry("status", "CLOSED").containsEntry("outcome", "RESOLVED")
                .containsEntry("note", "Droits ouverts");
        assertThat(stored.get("started_at")).isNotNull();
        assertThat(stored.get("ended_at")).isNotNull();
        VisioDocuments.accessLogShown(agent);
    }

    /** The room entered in place is the room page's address: a reload lands there and the call starts again. */
    private static void reloadedRoom(Browser from, Browser to, long id) {
        from.driver().navigate().refresh();
        assertThat(from.path()).isEqualTo("/visio/entretiens/" + id);
        VisioCall.mediaFlows(from);
        VisioCall.framesKeepComing(to);
    }

    /** A signaling drop: the page reconnects by itself, the media never stopped, and chat works again. */
    private static void signalingDropAndBack(Browser from, Browser to) {
        from.script("window.visioRoom.dropSignaling();");
        VisioCall.framesKeepComing(from);
        String text = "Vous m’entendez toujours ?";
        from.fill("chat-texte", text);
        new WebDriverWait(from.driver(), MEDIA_WAIT).until(driver -> {
            from.find(By.cssSelector("#chat-form button")).click();
            VisioCall.pause(Duration.ofMillis(300));
            return to.text(By.id("chat-messages")).contains(text);
        });
        assertThat(from.find(By.id("chat-texte")).getDomProperty("value")).isEmpty();
    }

    /** Audio only stops the video the point sends (the agent hides it) while the sound goes on; then back. */
    private static void audioOnlyAndBack(Browser from, Browser to) {
        from.find(By.id("audio-seul")).click();
        assertThat(from.find(By.id("audio-seul")).getDomAttribute("aria-pressed")).isEqualTo("true");
        to.waitUntil(page -> to.find(By.id("video-coupee")).isDisplayed());
        long framesSent = stat(from, "framesSent");
        long audio = stat(to, "audioPacketsReceived");
        VisioCall.pause(Duration.ofMillis(1500));
        assertThat(stat(from, "framesSent")).isLessThanOrEqualTo(framesSent + 2);
        assertThat(stat(to, "audioPacketsReceived")).isGreaterThan(audio);

        from.find(By.id("audio-seul")).click();
        to.waitUntil(page -> !to.find(By.id("video-coupee")).isDisplayed());
        VisioCall.framesKeepComing(to);
    }

    /** The agent shares a screen in place of the camera (replaceTrack): the point keeps decoding frames. */
    private static void screenSharing(Browser from, Browser to) {
        from.find(By.id("partage")).click();
        from.waitUntil(page -> "true".equals(from.find(By.id("partage")).getDomAttribute("aria-pressed")));
        assertThat(from.script("return document.getElementById('video-locale').srcObject.getVideoTracks()[0].label"))
                .asString().doesNotContain("fake_device_0");
        VisioCall.framesKeepComing(to);
        from.find(By.id("partage")).click();
        from.waitUntil(page -> "false".equals(from.find(By.id("partage")).getDomAttribute("aria-pressed")));
    }
}
