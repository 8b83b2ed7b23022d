package fr.visioaccueil.bench;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One call through the platform as people make it: the mediator requests a visio with the CAF, the agent takes
 * it from the live queue, both pages enter the room; ends with the agent's hang-up. Timed from the agent's click.
 */
final class PlatformCall {

    static final String MEDIATOR = "claire.lafon@espap46.example";
    static final String AGENT = "agent.caf@espap46.example";
    static final String PASSWORD = "visio-demo-2009";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String base;
    private final WebDriver point;
    private final WebDriver agent;

    PlatformCall(String base, WebDriver point, WebDriver agent) {
        this.base = base;
        this.point = point;
        this.agent = agent;
        signIn(point, MEDIATOR);
        signIn(agent, AGENT);
    }

    private void signIn(WebDriver browser, String email) {
        browser.get(base + "/connexion");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(page -> !page.getCurrentUrl().contains("/connexion"));
    }

    /** Click time (ms since the epoch), and the marks of the point's and the agent's room pages. */
    record Result(double click, Marks point, Marks agent) {
    }

    Result run() {
        long id = request();
        agent.get(base + "/visio/file");
        By take = By.cssSelector("tr[data-interview='" + id + "'] button");
        // the live queue re-renders its list when told of a change: the button may be replaced under the click
        new WebDriverWait(agent, WAIT).ignoring(StaleElementReferenceException.class).until(page -> {
            page.findElements(take).forEach(WebElement::click);
            return page.getCurrentUrl().contains("/visio/entretiens/");
        });
        String room = "/visio/entretiens/" + id;
        Marks agentMarks;
        Marks pointMarks;
        try {
            agentMarks = Marks.afterFirstFrame(agent, room);
            pointMarks = Marks.afterFirstFrame(point, room);
        } catch (TimeoutException noFrame) {
            throw new IllegalStateException("No first frame in call " + id + ": point " + state(point) + "; agent "
                    + state(agent), noFrame);
        }
        double click = Double.parseDouble((String) ((JavascriptExecutor) agent)
                .executeScript("return sessionStorage.getItem('bench.click');"));
        hangUp(id);
        return new Result(click, pointMarks, agentMarks);
    }

    /** Where a page is and, in a room, the last signaling events and the peer connection's states. */
    private static String state(WebDriver page) {
        return page.getCurrentUrl() + " " + ((JavascriptExecutor) page).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "window.visioRoom ? window.visioRoom.stats().then(s => done(JSON.stringify(s))) : done('')");
    }

    private long request() {
        point.get(base + "/visio/nouvel-entretien");
        new Select(point.findElement(By.id("organisationId"))).selectByVisibleText("Caisse d’allocations familiales du Lot");
        point.findElement(By.id("motif")).sendKeys("Prime d’activité");
        point.findElement(By.name("privacyAcknowledged")).click();
        point.findElement(By.cssSelector("main form button[type=submit]")).click();
        String waiting = "/visio/attente/";
        new WebDriverWait(point, WAIT).until(page -> page.getCurrentUrl().contains(waiting));
        String url = point.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf(waiting) + waiting.length()).replaceAll("\\D.*", ""));
    }

    private void hangUp(long id) {
        agent.findElement(By.id("raccrocher")).click();
        new WebDriverWait(agent, WAIT).until(page -> page.getCurrentUrl().endsWith("/visio/entretiens/" + id + "/issue"));
        new WebDriverWait(point, WAIT).until(page -> page.getCurrentUrl().endsWith("/visio/nouvel-entretien"));
    }
}
