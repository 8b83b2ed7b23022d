package fr.visioaccueil.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one Chromium per test class against the platform's random port, hands it to the tests as a
 * {@link Browser} parameter (signed out at the start of each test), photographs the page when a test fails, and
 * quits when the class is done (the class store closes what it holds).
 */
final class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        boolean javascript = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
                .map(BrowserTest::javascript).orElse(true);
        context.getStore(NAMESPACE).put(Browser.class, Chromium.start("http://127.0.0.1:" + port, javascript));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).forgetEverything();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = browser(context);
        if (browser != null) {
            browser.screenshot(screenshotName(context));
        }
    }

    /** {@code Class.method}, plus the invocation's name for a parameterized test, e.g. {@code [2] /points}. */
    static String screenshotName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        return context.getDisplayName().startsWith("[") ? name + "." + context.getDisplayName() : name;
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }
}
