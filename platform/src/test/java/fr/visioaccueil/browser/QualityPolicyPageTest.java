package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The room's quality policy ({@code js/visio/room/quality-policy.js}) loaded as the browser loads it, fed
 * sequences of getStats readings (a reading a second): down after 3 bad readings in a row, straight to poor after
 * 3 critical ones, up one level only after 8 good ones in a row; a reading in between breaks a streak.
 */
@BrowserTest
class QualityPolicyPageTest {

    private static final Map<String, Object> GOOD = reading(0.0, 30, 2500, "none");
    private static final Map<String, Object> LOSSY = reading(0.08, 60, 2500, "none");
    private static final Map<String, Object> CRITICAL = reading(0.30, 1200, 90, "bandwidth");
    private static final Map<String, Object> FAIR = reading(0.03, 300, 2500, "none");
    private static final Map<String, Object> UNKNOWN = reading(null, null, null, null);

    private Browser browser;

    @BeforeEach
    void page(Browser browser) {
        this.browser = browser.open("/");
    }

    @Test
    void sustainedBadReadingsStepDownOneLevelAtATime() {
        assertThat(levels("good", times(6, LOSSY)))
                .containsExactly("good", "good", "medium", "medium", "medium", "poor");
        assertThat(levels("good", List.of(LOSSY, LOSSY, GOOD, LOSSY, LOSSY))).as("a good reading breaks the streak")
                .containsOnly("good");
    }

    @Test
    void sustainedCriticalReadingsGoStraightToPoor() {
        assertThat(levels("good", times(3, CRITICAL))).containsExactly("good", "good", "poor");
        assertThat(levels("poor", times(10, CRITICAL))).containsOnly("poor");
    }

    @Test
    void goodReadingsBringTheLevelBackUpSlowly() {
        List<String> levels = levels("poor", times(16, GOOD));
        assertThat(levels.subList(0, 7)).containsOnly("poor");
        assertThat(levels.get(7)).isEqualTo("medium");
        assertThat(levels.subList(8, 15)).containsOnly("medium");
        assertThat(levels.get(15)).isEqualTo("good");

        List<Map<String, Object>> interrupted = new ArrayList<>(times(7, GOOD));
        interrupted.add(FAIR);
        interrupted.addAll(times(7, GOOD));
        assertThat(levels("poor", interrupted)).as("a fair reading restarts the count").containsOnly("poor");
        assertThat(levels("medium", times(20, UNKNOWN))).as("no figures yet: nothing to blame").endsWith("good");
    }

    @Test
    void theEstimateAndTheEncoderAreJudgedAgainstWhatTheLevelNeeds() {
        Map<String, Object> narrow = reading(0.0, 30, 400, "none");
        assertThat(levels("good", times(3, narrow))).as("400 kbit/s cannot carry the full picture").endsWith("medium");
        assertThat(levels("medium", times(8, narrow))).as("but can carry the lightened one").endsWith("good");

        Map<String, Object> heldBack = reading(0.0, 30, 2500, "bandwidth");
        assertThat(levels("good", times(3, heldBack))).endsWith("medium");
        assertThat(levels("medium", times(3, heldBack))).as("our own cap holds the encoder back below full level")
                .containsOnly("medium");
        assertThat(levels("medium", times(3, reading(0.0, 30, 2500, "cpu")))).endsWith("poor");
    }

    @Test
    void eachLevelHasItsEncodingAndAScreenKeepsItsResolution() {
        assertThat(encoding("good", "camera")).containsEntry("scaleResolutionDownBy", 1L).containsEntry("maxFramerate", 30L)
                .doesNotContainKey("maxBitrate");
        assertThat(encoding("medium", "camera")).containsEntry("scaleResolutionDownBy", 2L)
                .containsEntry("maxFramerate", 15L).containsEntry("maxBitrate", 300000L);
        assertThat(encoding("poor", "camera")).containsEntry("scaleResolutionDownBy", 4L)
                .containsEntry("maxFramerate", 8L).containsEntry("maxBitrate", 120000L);
        assertThat(encoding("poor", "screen")).containsEntry("scaleResolutionDownBy", 1L).containsEntry("maxFramerate", 8L);
        assertThat(browser.script("return import('/js/visio/room/quality-policy.js').then((policy) =>"
                + " [policy.degradationPreferenceFor('camera'), policy.degradationPreferenceFor('screen')]);"))
                .isEqualTo(List.of("balanced", "maintain-resolution"));
    }

    @SuppressWarnings("unchecked")
    private List<String> levels(String start, List<Map<String, Object>> readings) {
        return (List<String>) browser.script("const [start, readings] = arguments;"
                + " return import('/js/visio/room/quality-policy.js').then((policy) => {"
                + "   let state = { ...policy.initialState(), level: start };"
                + "   return readings.map((reading) => (state = policy.decide(state, reading)).level); });",
                start, readings);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> encoding(String level, String content) {
        return (Map<String, Object>) browser.script("const [level, content] = arguments;"
                + " return import('/js/visio/room/quality-policy.js').then((policy) => policy.encodingFor(level, content));",
                level, content);
    }

    private static List<Map<String, Object>> times(int count, Map<String, Object> reading) {
        return Collections.nCopies(count, reading);
    }

    private static Map<String, Object> reading(Double fractionLost, Integer rttMs, Integer availableKbps, String reason) {
        Map<String, Object> reading = new HashMap<>();
        reading.put("fractionLost", fractionLost);
        reading.put("rttMs", rttMs);
        reading.put("availableKbps", availableKbps);
        reading.put("qualityLimitationReason", reason);
        return reading;
    }
}
