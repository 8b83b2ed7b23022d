package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The automated part of an accessibility review: axe-core, from its WebJar, run inside the page for the WCAG 2
 * A and AA rules. Only serious and critical findings fail a test; the rest is for people to judge.
 */
final class Accessibility {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, resultTypes: ['violations']})
              .then(result => done(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(' '))}))))
              .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), targets: []}]));
            """;

    private static String source;

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver driver) {
        List<Map<String, Object>> blocking = violations(driver).stream()
                .filter(violation -> BLOCKING.contains(violation.get("impact"))).toList();
        if (!blocking.isEmpty()) {
            fail("axe-core: %d serious or critical violation(s) on %s%n%s", blocking.size(),
                    driver.getCurrentUrl(), blocking.stream().map(Accessibility::describe)
                            .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(axeSource());
        return (List<Map<String, Object>>) page.executeAsyncScript(RUN);
    }

    private static String describe(Map<String, Object> violation) {
        return "- [%s] %s: %s%n    at %s".formatted(violation.get("impact"), violation.get("id"),
                violation.get("help"), violation.get("targets"));
    }

    private static synchronized String axeSource() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test classpath (WebJar axe-core 4.6.3)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
        return source;
    }
}
