package fr.visioaccueil.demo;

import java.text.Normalizer;
import java.util.Locale;

/** Demo e-mail addresses from people's and organisations' names: "Émilie Fournié" → emilie.fournie@…. */
final class DemoEmails {

    private DemoEmails() {
    }

    static String of(String fullName) {
        return slug(fullName).replace('-', '.') + "@" + LotNetwork.DOMAIN;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
