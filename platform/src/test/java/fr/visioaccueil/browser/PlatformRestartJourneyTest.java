package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform stops and starts again during an interview: the media keep flowing peer to peer while it is away
 * (frames decoded on both sides), and when it is back both pages reattach to signaling on their own, without a
 * renegotiation, and the chat works again both ways. When the room passes expired during the outage (the platform
 * comes back three hours later by its clock), both pages say so in French, and signing in again in another tab is
 * enough for them to reattach.
 */
class PlatformRestartJourneyTest {

    // the pages' backoff reaches 15 s (± a quarter) during an outage: a page may wait that long after the return
    private static final Duration REATTACH_WAIT = Duration.ofSeconds(45);

    @Test
    void theCallGoesOnWhileThePlatformRestartsAndThePagesReattachWhenItIsBack() throws Exception {
        try (RestartablePlatform platform = RestartablePlatform.onAFreePort().start(Duration.ZERO);
             VisioCall call = VisioCall.start(platform.port())) {
            call.run("PlatformRestartJourneyTest", () -> journey(platform, call));
        }
    }

    private static void journey(RestartablePlatform platform, VisioCall call) {
        Browser point = call.point();
        Browser agent = call.agent();
        call.enterRoom();
        VisioCall.chat(point, agent, "Avant le redémarrage");

        long decodedBefore = VisioCall.stat(agent, "framesDecoded");
        List<Object> agentTraceBefore = trace(agent);
        List<Object> pointTraceBefore = trace(point);
        timed("stop", platform::stop);
        for (Browser side : List.of(point, agent)) {
            side.waitUntil(page -> side.text(By.id("etat-connexion")).startsWith("La plateforme ne répond plus"));
            VisioCall.framesKeepComing(side);
        }
        VisioCall.pause(Duration.ofSeconds(5));
        VisioCall.framesKeepComing(point);
        VisioCall.framesKeepComing(agent);
        timed("start again", () -> platform.start(Duration.ZERO));

        timed("reattach of both pages", () -> List.of(point, agent).forEach(PlatformRestartJourneyTest::reattached));
        assertThat(VisioCall.stat(agent, "framesDecoded")).as("the same peer connection goes on decoding")
                .isGreaterThan(decodedBefore + 50);
        noRenegotiationSince(agent, agentTraceBefore);
        noRenegotiationSince(point, pointTraceBefore);
        VisioCall.framesKeepComing(point);
        VisioCall.framesKeepComing(agent);
        VisioCall.chat(point, agent, "Après le redémarrage, le point écrit");
        VisioCall.chat(agent, point, "Après le redémarrage, l’agent répond");
        point.screenshot("visio-restart-point");
        agent.screenshot("visio-restart-agent");
        point.assertAccessible();

        passesExpiredDuringTheOutage(platform, point, agent);
    }

    private static void passesExpiredDuringTheOutage(RestartablePlatform platform, Browser point, Browser agent) {
        timed("stop", platform::stop);
        timed("start three hours later", () -> platform.start(Duration.ofHours(3)));
        for (Browser side : List.of(point, agent)) {
            new WebDriverWait(side.driver(), REATTACH_WAIT)
                    .until(driver -> side.find(By.id("laissez-passer-expire")).isDisplayed());
            assertThat(side.text(By.id("laissez-passer-expire"))).contains("a expiré pendant la coupure");
            assertThat(side.text(By.id("etat-connexion"))).startsWith("La plateforme est de retour");
            VisioCall.framesKeepComing(side);
        }
        point.screenshot("visio-restart-pass-expired-point");
        point.assertAccessible();

        signInAgainInAnotherTab(point, DemoStaff.MEDIATOR);
        signInAgainInAnotherTab(agent, DemoStaff.PARTNER_AGENT);
        reattached(point);
        reattached(agent);
        assertThat(point.find(By.id("laissez-passer-expire")).isDisplayed()).isFalse();
        VisioCall.chat(point, agent, "Reconnectée, je vous entends");
        VisioCall.chat(agent, point, "Moi aussi, on continue");
    }

    /** The room's own status says it is connected again through the platform, the call never having stopped. */
    private static void reattached(Browser side) {
        new WebDriverWait(side.driver(), REATTACH_WAIT).until(driver ->
                side.text(By.id("etat-connexion")).equals("Connecté (liaison avec la plateforme rétablie)"));
        assertThat(VisioCall.stats(side)).containsEntry("connectionState", "connected")
                .containsEntry("signalingState", "stable");
    }

    /** Reattaching sent or received no offer or answer: the peer connection was left alone. */
    private static void noRenegotiationSince(Browser side, List<Object> before) {
        assertThat(trace(side)).filteredOn(event -> !before.contains(event)).isNotEmpty()
                .noneMatch(event -> event.toString().matches("\\d+ [→←] (offer|answer)"));
    }

    /** The page's last signaling events ({@code "<ms> → join"}, {@code "<ms> ← offer"}…). */
    @SuppressWarnings("unchecked")
    private static List<Object> trace(Browser side) {
        return (List<Object>) VisioCall.stats(side).get("trace");
    }

    private static void signInAgainInAnotherTab(Browser side, DemoStaff staff) {
        String room = side.driver().getWindowHandle();
        side.driver().switchTo().newWindow(WindowType.TAB);
        side.signIn(staff);
        side.driver().close();
        side.driver().switchTo().window(room);
    }

    private static void timed(String step, Runnable action) {
        long start = System.nanoTime();
        action.run();
        System.out.printf("Platform restart journey: %s took %d ms%n", step, (System.nanoTime() - start) / 1_000_000);
    }
}
