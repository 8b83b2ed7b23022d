package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.StaffSessions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The live stream's one scoped event: an admission reaches the requesting point's mediators as "admitted" with the
 * interview's id and a pass to its room (their waiting page becomes the room on it), and no one else; everyone
 * hears "changed".
 */
@PlatformTest
class VisioAdmittedEventTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Interviews interviews;

    @Test
    void onlyThePointsMediatorsHearWhichInterviewWasAdmitted() throws Exception {
        VisioFixtures fixtures = VisioFixtures.of(context);
        long interview = fixtures.requestAtBretenoux("CAF", "Allocation logement").getId();
        EventStream bretenoux = open(StaffSessions.MEDIATOR_BRETENOUX);
        EventStream gourdon = open(VisioFixtures.NADIA_GOURDON);
        EventStream agent = open(StaffSessions.AGENT_CAF);

        interviews.admit(interview, fixtures.staff(StaffSessions.AGENT_CAF));

        String admitted = "\"interview\":" + interview;
        List<String> heard = bretenoux.until(line -> line.startsWith("data:{") && line.contains(admitted));
        assertThat(heard).contains("event:admitted");
        // the mediator's own pass to the room, which the waiting page holds ready, and fresh ICE servers
        assertThat(heard.get(heard.size() - 1)).contains("\"pass\":\"").contains("\"iceServers\":[");
        for (EventStream other : List.of(gourdon, agent)) {
            // two "changed": the agent's arrival, then the admission, which an "admitted" meant for it would precede
            int[] changes = {0};
            assertThat(other.until(line -> line.equals("event:changed") && ++changes[0] == 2))
                    .doesNotContain("event:admitted");
        }
    }

    private EventStream open(String email) {
        // the headers come back once the stream is registered
        return new EventStream(SignedInClient.signIn(port, email, StaffSessions.DEMO_PASSWORD).lines("/visio/flux")
                .body().iterator());
    }

    /** One open event stream, read on demand. */
    private record EventStream(Iterator<String> lines) {

        /** The lines read until one matches (included), within 10 s. */
        List<String> until(Predicate<String> last) throws Exception {
            List<String> read = new ArrayList<>();
            return CompletableFuture.supplyAsync(() -> {
                while (lines.hasNext()) {
                    String line = lines.next();
                    read.add(line);
                    if (last.test(line)) {
                        return read;
                    }
                }
                return read;
            }).get(10, TimeUnit.SECONDS);
        }
    }
}
