package fr.visioaccueil.label;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The real label bundles without Spring, so that rule tests check the exact French sentences. */
final class LabelTexts {

    static final ReasonText TEXT = new ReasonText(messages());

    private LabelTexts() {
    }

    static String french(Reason reason) {
        return TEXT.of(reason, Locale.FRENCH);
    }

    static String english(Reason reason) {
        return TEXT.of(reason, Locale.ENGLISH);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/label");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
