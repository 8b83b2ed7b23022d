package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.visio.WithCoturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The visio call forced through the relay ({@code visio.room.ice-transport-policy=relay}) of a real coturn:
 * video and audio flow both ways, and on both sides the pair ICE selected goes through the relay.
 */
@PlatformTest
@WithCoturn
@TestPropertySource(properties = "visio.room.ice-transport-policy=relay")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisioRelayJourneyTest {

    @LocalServerPort
    int port;

    VisioCall call;

    @BeforeAll
    void browsers() {
        call = VisioCall.start(port);
    }

    @AfterAll
    void quit() throws Exception {
        call.close();
    }

    @Test
    void aCallForcedThroughTheRelayCarriesVideoAndAudioBothWays() {
        call.run("VisioRelayJourneyTest", () -> {
            call.enterRoom();
            assertThat(VisioCall.stats(call.point())).containsEntry("localCandidateType", "relay");
            assertThat(VisioCall.stats(call.agent())).containsEntry("localCandidateType", "relay");
        });
    }
}
