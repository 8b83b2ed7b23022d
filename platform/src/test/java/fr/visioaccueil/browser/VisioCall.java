package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two Chromiums of a visio journey, with fake camera and microphone, and the steps the journeys share:
 * request, take, and the call figures of the room page.
 */
record VisioCall(Browser point, Browser agent) implements AutoCloseable {

    static final Duration MEDIA_WAIT = Duration.ofSeconds(30);

    static VisioCall start(int port) {
        return new VisioCall(Chromium.startWithFakeMedia("http://127.0.0.1:" + port),
                Chromium.startWithFakeMedia("http://127.0.0.1:" + port));
    }

    /** Runs the journey; when it fails, what each side saw goes to the log and to screenshots named after it. */
    void run(String name, Runnable journey) {
        try {
            journey.run();
        } catch (RuntimeException | AssertionError failure) {
            describe("point", point);
            describe("agent", agent);
            point.screenshot(name + ".point");
            agent.screenshot(name + ".agent");
            throw failure;
        }
    }

    /** On the request form the mediator already opened: a visio request to the CAF; returns the interview's id. */
    static long request(Browser point) {
        point.choose("organisationId", "Caisse d’allocations familiales du Lot").fill("motif", "Prime d’activité")
                .fill("citizenName", "");
        point.find(By.name("privacyAcknowledged")).click();
        point.clickThrough(point.find(By.cssSelector("main form button[type=submit]")));
        return Long.parseLong(point.path().substring("/visio/attente/".length()));
    }

    /**
     * On the queue page the agent already opened: takes the request as soon as it shows; both enter the room, in
     * place (the pages become the room's, with its address) rather than by a navigation.
     */
    static void take(Browser agent, Browser point, long id) {
        By row = By.cssSelector("tr[data-interview='" + id + "'] button");
        agent.waitUntil(page -> !agent.findAll(row).isEmpty());
        agent.find(row).click();
        agent.waitForPath("/visio/entretiens/" + id);
        point.waitForPath("/visio/entretiens/" + id);
    }

    /** The mediator requests, the agent takes it, and both wait until video and audio flow both ways; returns its id. */
    long enterRoom() {
        agent.signIn(DemoStaff.PARTNER_AGENT).open("/visio/file");
        point.signIn(DemoStaff.MEDIATOR).open("/visio/nouvel-entretien");
        long id = request(point);
        take(agent, point, id);
        mediaFlows(point);
        mediaFlows(agent);
        return id;
    }

    /** Frames decoded and audio packets received, read from the page's own getStats hook. */
    static void mediaFlows(Browser browser) {
        new WebDriverWait(browser.driver(), MEDIA_WAIT).until((ExpectedCondition<Boolean>) driver ->
                stat(browser, "framesDecoded") > 0 && stat(browser, "audioPacketsReceived") > 0);
    }

    /** Frames keep being decoded: a few more than now within the media wait (no freeze). */
    static void framesKeepComing(Browser browser) {
        long decoded = stat(browser, "framesDecoded");
        new WebDriverWait(browser.driver(), MEDIA_WAIT).until(driver -> stat(browser, "framesDecoded") > decoded + 5);
    }

    /** Lets the call run for a while, e.g. to see that something did not happen meanwhile. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A chat message typed on one side shows on both. */
    static void chat(Browser from, Browser to, String text) {
        from.fill("chat-texte", text);
        from.find(By.cssSelector("#chat-form button")).click();
        to.waitUntil(page -> to.text(By.id("chat-messages")).contains(text));
        assertThat(from.text(By.id("chat-messages"))).contains(text);
    }

    /** The room page's call figures (see {@code window.visioRoom.stats} in room.js). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> stats(Browser browser) {
        return (Map<String, Object>) browser.script("return window.visioRoom.stats();");
    }

    static long stat(Browser browser, String name) {
        return ((Number) stats(browser).get(name)).longValue();
    }

    /** What one side saw when a journey failed: its call figures (if in the room) and its page text. */
    private static void describe(String side, Browser browser) {
        System.err.println("Visio journey, " + side + " side at " + browser.path() + ": "
                + browser.script("return window.visioRoom ? window.visioRoom.stats() : null;") + "\n"
                + browser.script("return document.body.innerText;"));
    }

    @Override
    public void close() throws IOException {
        point.close();
        agent.close();
    }
}
