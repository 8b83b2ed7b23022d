package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A call whose first ICE exchange gets nowhere: both pages drop the other side's candidates of the first ICE
 * generation, as when one side's gathering never yields a candidate (seen once in five full runs of the suite on
 * loopback). No check is ever sent, so the connection neither connects nor fails; the agent's page restarts ICE
 * when the call is still not connected, and the call then starts with the candidates of the new generation.
 */
@PlatformTest
class VisioIceRestartJourneyTest {

    /** Before the room's scripts: candidates of the first remote ICE credentials seen are acknowledged and dropped. */
    static final String LOSE_FIRST_GENERATION = """
            (() => {
              const add = RTCPeerConnection.prototype.addIceCandidate;
              let first;
              RTCPeerConnection.prototype.addIceCandidate = function (candidate, ...rest) {
                const ufrag = candidate && candidate.candidate && (/ ufrag (\\S+)/.exec(candidate.candidate) || [])[1];
                if (ufrag && first === undefined) {
                  first = ufrag;
                }
                if (ufrag && ufrag === first) {
                  window.lostCandidates = (window.lostCandidates || 0) + 1;
                  return Promise.resolve();
                }
                return add.call(this, candidate, ...rest);
              };
            })();""";

    @LocalServerPort
    int port;

    @Test
    void aCallWhoseFirstCandidatesAreLostConnectsAfterTheAgentRestartsIce() throws Exception {
        try (VisioCall call = VisioCall.start(port)) {
            call.point().beforeEveryPage(LOSE_FIRST_GENERATION);
            call.agent().beforeEveryPage(LOSE_FIRST_GENERATION);
            call.run("VisioIceRestartJourneyTest", () -> {
                call.enterRoom();
                assertThat(((Number) call.point().script("return window.lostCandidates;")).intValue()).isPositive();
                assertThat(((Number) call.agent().script("return window.lostCandidates;")).intValue()).isPositive();
            });
        }
    }
}
