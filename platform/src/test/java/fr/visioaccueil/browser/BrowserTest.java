package fr.visioaccueil.browser;

import fr.visioaccueil.PlatformTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey in Debian's headless Chromium against the whole platform ({@link PlatformTest}): one browser per
 * test class, injected as a {@link Browser} parameter, with a screenshot in {@code target/screenshots} when a
 * test fails. A missing Chromium or chromedriver fails the class; it is never skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {

    /** False runs the class with JavaScript turned off, as on a locked-down or very old browser. */
    boolean javascript() default true;
}
