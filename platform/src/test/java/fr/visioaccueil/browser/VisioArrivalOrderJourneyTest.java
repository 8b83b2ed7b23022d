package fr.visioaccueil.browser;

import fr.visioaccueil.PlatformTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever order the signaling messages reach a page in, the call connects at once. Each call here forces one
 * ordering the platform lets happen only rarely, by a script that runs before the page's own and delays what
 * its WebSocket hears or when it opens: e.g. the point's page hearing the agent's offer before it learns that
 * the agent is there (the race that once left one call in about fifty without a frame).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisioArrivalOrderJourneyTest {

    /** Far less than the ICE timeout after which a broken first negotiation would be restarted. */
    private static final Duration CONNECTED_WAIT = Duration.ofSeconds(12);

    /** Delays the messages of a type that the page's signaling socket receives, keeping the others' order. */
    private static final String LATE_MESSAGES = """
            (() => {
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                addEventListener(type, listener, options) {
                  if (type !== 'message') {
                    return super.addEventListener(type, listener, options);
                  }
                  return super.addEventListener('message', (event) => {
                    if (event.data.includes('"type":"%s"')) {
                      setTimeout(() => listener.call(this, event), %d);
                    } else {
                      listener.call(this, event);
                    }
                  }, options);
                }
              };
            })();
            """;

    /** Opens the page's signaling socket late: the other side is in the room long before. */
    private static final String LATE_SOCKET = """
            (() => {
              const Native = window.WebSocket;
              window.WebSocket = function (...args) {
                const facade = new EventTarget();
                setTimeout(() => {
                  const socket = new Native(...args);
                  socket.addEventListener('open', () => facade.dispatchEvent(new Event('open')));
                  socket.addEventListener('message', (event) =>
                      facade.dispatchEvent(new MessageEvent('message', { data: event.data })));
                  socket.addEventListener('close', (event) =>
                      facade.dispatchEvent(new CloseEvent('close', { code: event.code, reason: event.reason })));
                  Object.defineProperty(facade, 'readyState', { get: () => socket.readyState });
                  facade.send = (data) => socket.send(data);
                  facade.close = (...reason) => socket.close(...reason);
                }, %d);
                Object.defineProperty(facade, 'readyState', { get: () => Native.CONNECTING, configurable: true });
                return facade;
              };
              Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
            })();
            """;

    @LocalServerPort
    int port;

    VisioCall call;

    @BeforeAll
    void signedInBrowsers() {
        call = VisioCall.start(port);
        call.agent().signIn(DemoStaff.PARTNER_AGENT);
        call.point().signIn(DemoStaff.MEDIATOR);
    }

    @AfterAll
    void quit() throws Exception {
        call.close();
    }

    @Test
    void thePointHearsTheAgentsOfferBeforeItLearnsTheAgentIsThere() {
        callWith(call.point(), LATE_MESSAGES.formatted("peer", 1500), "lateAgentPresence");
    }

    @Test
    void theAgentHearsThePointIsThereLate() {
        callWith(call.agent(), LATE_MESSAGES.formatted("peer", 1500), "latePointPresence");
    }

    @Test
    void thePointJoinsLongAfterTheAgentPreparedItsOffer() {
        callWith(call.point(), LATE_SOCKET.formatted(2000), "latePointSocket");
    }

    @Test
    void theAgentJoinsLongAfterThePoint() {
        callWith(call.agent(), LATE_SOCKET.formatted(2000), "lateAgentSocket");
    }

    @Test
    void thePointHearsTheAgentsCandidatesBeforeItsOffer() {
        callWith(call.point(), LATE_MESSAGES.formatted("offer", 800), "lateOffer");
    }

    /** A whole call, request to hang-up, with the script running in one side's pages. */
    private void callWith(Browser side, String script, String name) {
        String hook = side.beforeEveryPage(script);
        try {
            call.run("VisioArrivalOrderJourneyTest." + name, this::oneCall);
        } finally {
            side.stopBeforeEveryPage(hook);
        }
    }

    private void oneCall() {
        Browser point = call.point();
        Browser agent = call.agent();
        agent.open("/visio/file");
        point.open("/visio/nouvel-entretien");
        long id = VisioCall.request(point);
        VisioCall.take(agent, point, id);
        connectedSoon(point);
        connectedSoon(agent);
        // past every delay the script adds: a late message must not undo the call
        VisioCall.pause(Duration.ofMillis(2500));
        stillDecoding(point);
        stillDecoding(agent);
        agent.find(By.id("raccrocher")).click();
        agent.waitForPath("/visio/entretiens/" + id + "/issue");
        point.waitForPath("/visio/nouvel-entretien");
    }

    private static void stillDecoding(Browser browser) {
        long decoded = VisioCall.stat(browser, "framesDecoded");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until((ExpectedCondition<Boolean>) driver ->
                VisioCall.stat(browser, "framesDecoded") > decoded + 5);
    }

    private static void connectedSoon(Browser browser) {
        new WebDriverWait(browser.driver(), CONNECTED_WAIT).until((ExpectedCondition<Boolean>) driver ->
                VisioCall.stat(browser, "framesDecoded") > 0 && VisioCall.stat(browser, "audioPacketsReceived") > 0);
    }
}
