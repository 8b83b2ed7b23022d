package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.browser.Browser;
import fr.visioaccueil.browser.BrowserTest;
import fr.visioaccueil.browser.DemoStaff;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Chromium takes the ICE servers from {@code /visio/turn} and asks the real coturn for a relay through each
 * address handed out, as a call forced through the relay ({@code iceTransportPolicy: 'relay'}) would: coturn
 * grants one only with the platform's credentials.
 */
@BrowserTest
@WithCoturn
class TurnRelayJourneyTest {

    // one data-channel offer per relay address; each gathering ends when complete (or after 10 s)
    private static final String GATHER_PER_ADDRESS = """
            const spoil = arguments[0];
            const gather = async server => {
                const peer = new RTCPeerConnection({iceServers: [server], iceTransportPolicy: 'relay'});
                const found = {candidates: [], errors: []};
                const complete = new Promise(resolve => {
                    peer.onicecandidate = event => event.candidate ? found.candidates.push(event.candidate.type)
                            : resolve();
                    peer.onicecandidateerror = event => found.errors.push(event.errorCode);
                    setTimeout(resolve, 10000);
                });
                peer.createDataChannel('sonde');
                await peer.setLocalDescription(await peer.createOffer());
                await complete;
                peer.close();
                return found;
            };
            const response = await fetch('/visio/turn', {headers: {Accept: 'application/json'}});
            const relay = (await response.json()).iceServers.find(server => server.credential);
            const credential = spoil ? 'pas-le-bon' : relay.credential;
            const byAddress = {};
            for (const url of relay.urls) {
                byAddress[url] = await gather({urls: [url], username: relay.username, credential});
            }
            return byAddress;
            """;

    @Autowired
    Coturn coturn;

    @Test
    void coturnRelaysOverUdpAndTcpWithTheCredentialsThePlatformHandsOut(Browser browser) {
        Map<String, Gathering> byAddress = gather(browser.signIn(DemoStaff.MEDIATOR), false);

        assertThat(byAddress).as(coturn.log()).containsOnlyKeys(coturn.turnUrls()).allSatisfy((url, found) -> {
            assertThat(found.candidates()).as(url).isNotEmpty().containsOnly("relay");
            assertThat(found.errors()).as(url).isEmpty();
        });
    }

    @Test
    void coturnRefusesAWrongCredential(Browser browser) {
        Map<String, Gathering> byAddress = gather(browser.signIn(DemoStaff.PARTNER_AGENT), true);

        assertThat(byAddress).as(coturn.log()).containsOnlyKeys(coturn.turnUrls()).allSatisfy((url, found) -> {
            assertThat(found.candidates()).as(url).isEmpty();
            assertThat(found.errors()).as(url).isNotEmpty().containsOnly(401L);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Gathering> gather(Browser browser, boolean spoilTheCredential) {
        Map<String, Map<String, List<?>>> byAddress = (Map<String, Map<String, List<?>>>) browser.script(
                "return (async () => {" + GATHER_PER_ADDRESS + "})()", spoilTheCredential);
        return byAddress.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> new Gathering(
                (List<String>) entry.getValue().get("candidates"), (List<Long>) entry.getValue().get("errors"))));
    }

    /** What one gathering saw: the type of each candidate, and the error code of each refusal. */
    private record Gathering(List<String> candidates, List<Long> errors) {
    }
}
