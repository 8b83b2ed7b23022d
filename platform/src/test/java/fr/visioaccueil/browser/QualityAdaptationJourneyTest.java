package fr.visioaccueil.browser;

import static fr.visioaccueil.browser.VisioCall.MEDIA_WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A poor link in a real two-Chromium call: readings of a lossy link fed to the point's quality policy
 * ({@code window.visioRoom.simulateReadings}) lower its video sender's resolution and frame rate step by step
 * while the agent keeps decoding frames; both indicators say so, the audio-only proposal shows on both sides, and
 * good readings bring the full picture back.
 */
@PlatformTest
class QualityAdaptationJourneyTest {

    private static final Duration LEVEL_WAIT = Duration.ofSeconds(30);
    private static final String LOSSY = "{fractionLost: 0.08, rttMs: 180, availableKbps: 900, qualityLimitationReason: 'none'}";
    private static final String GOOD = "{fractionLost: 0, rttMs: 20, availableKbps: 2500, qualityLimitationReason: 'none'}";

    @LocalServerPort
    int port;

    Browser point;
    Browser agent;

    @Test
    void onAPoorLinkThePictureShrinksInsteadOfFreezingThenComesBack() throws Exception {
        try (VisioCall call = VisioCall.start(port)) {
            point = call.point();
            agent = call.agent();
            call.run("QualityAdaptationJourneyTest", () -> journey(call));
        }
    }

    /**
     * The same with a real narrow uplink: the point's Chromium runs in a network namespace of the test's own whose
     * link to the machine is throttled to 200 kbit/s, and the point's own getStats readings drive its policy.
     */
    @Test
    void aRealNarrowUplinkLowersThePictureAndItRisesAgainWhenTheLinkRecovers() throws Exception {
        try (ThrottledLink link = ThrottledLink.create();
             VisioCall call = new VisioCall(link.browser(port), Chromium.startWithFakeMedia("http://127.0.0.1:" + port))) {
            point = call.point();
            agent = call.agent();
            call.run("QualityAdaptationJourneyTest.realLink", () -> realLink(call, link));
        }
    }

    private void realLink(VisioCall call, ThrottledLink link) {
        call.enterRoom();
        agent.script("window.visioRoom.simulateReadings([" + GOOD + "]);");
        link.throttle(200);
        awaitEncoding(4, 8, Duration.ofSeconds(60));
        VisioCall.framesKeepComing(agent);
        agent.waitUntil(page -> agent.text(By.id("niveau-distant")).startsWith("Liaison faible chez votre interlocuteur"));
        point.screenshot("visio-throttled-link-point");
        System.out.println("Throttled link, point at the poorest level: " + VisioCall.stats(point));

        link.release();
        new WebDriverWait(point.driver(), Duration.ofSeconds(90)).withMessage("the picture grows again")
                .until(driver -> number(sendEncoding().get("scaleResolutionDownBy")) <= 2);
        VisioCall.framesKeepComing(agent);
    }

    private void journey(VisioCall call) {
        call.enterRoom();
        // a busy test machine may hold the encoders back for want of CPU: both sides start from a known good link
        point.script("window.visioRoom.simulateReadings([" + GOOD + "]);");
        agent.script("window.visioRoom.simulateReadings([" + GOOD + "]);");
        awaitEncoding(1, 30);
        assertThat(point.text(By.id("niveau-liaison"))).startsWith("Liaison bonne");

        point.script("window.visioRoom.simulateReadings([" + LOSSY + "]);");
        awaitEncoding(2, 15);
        assertThat(sendEncoding()).containsEntry("maxBitrate", 300000L);
        assertThat(point.text(By.id("niveau-liaison"))).startsWith("Liaison moyenne");
        VisioCall.framesKeepComing(agent);

        awaitEncoding(4, 8);
        assertThat(sendEncoding()).containsEntry("maxBitrate", 120000L);
        assertThat(VisioCall.stats(point)).containsEntry("degradationPreference", "balanced");
        VisioCall.framesKeepComing(agent);
        new WebDriverWait(agent.driver(), MEDIA_WAIT).withMessage("the agent receives the reduced picture")
                .until(driver -> VisioCall.stat(agent, "frameHeight") <= 120);
        VisioCall.framesKeepComing(agent);
        assertThat(point.text(By.id("niveau-liaison"))).startsWith("Liaison faible");
        agent.waitUntil(page -> agent.text(By.id("niveau-distant")).startsWith("Liaison faible chez votre interlocuteur"));
        assertThat(point.find(By.id("proposition-audio")).isDisplayed()).isTrue();
        assertThat(agent.find(By.id("proposition-audio")).isDisplayed()).isTrue();
        point.assertAccessible();
        point.screenshot("visio-poor-link-point");
        agent.screenshot("visio-poor-link-agent");

        audioOnlyFromTheProposal();

        point.script("window.visioRoom.simulateReadings([" + GOOD + "]);");
        awaitEncoding(1, 30);
        assertThat(sendEncoding()).containsEntry("maxBitrate", null);
        assertThat(point.text(By.id("niveau-liaison"))).startsWith("Liaison bonne");
        agent.waitUntil(page -> !agent.find(By.id("niveau-distant")).isDisplayed());
        assertThat(agent.find(By.id("proposition-audio")).isDisplayed()).isFalse();
        VisioCall.framesKeepComing(agent);
    }

    /** The proposal's button turns the point's video off (the voice goes on); the usual button turns it back on. */
    private void audioOnlyFromTheProposal() {
        point.find(By.id("passer-audio")).click();
        assertThat(point.find(By.id("audio-seul")).getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(point.find(By.id("proposition-audio")).isDisplayed()).isFalse();
        agent.waitUntil(page -> agent.find(By.id("video-coupee")).isDisplayed());
        point.find(By.id("audio-seul")).click();
        agent.waitUntil(page -> !agent.find(By.id("video-coupee")).isDisplayed());
    }

    private void awaitEncoding(long scaleDownBy, long maxFramerate) {
        awaitEncoding(scaleDownBy, maxFramerate, LEVEL_WAIT);
    }

    private void awaitEncoding(long scaleDownBy, long maxFramerate, Duration wait) {
        new WebDriverWait(point.driver(), wait).until(driver -> {
            Map<String, Object> encoding = sendEncoding();
            return Long.valueOf(scaleDownBy).equals(number(encoding.get("scaleResolutionDownBy")))
                    && Long.valueOf(maxFramerate).equals(number(encoding.get("maxFramerate")));
        });
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> sendEncoding() {
        return (Map<String, Object>) VisioCall.stats(point).get("sendEncoding");
    }
}
