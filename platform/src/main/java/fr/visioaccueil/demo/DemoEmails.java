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

    /** The partner agent's account of an organisation, by its short name ("CAF" → agent.caf@…). */
    static String agentOf(String organisationShortName) {
        return "agent." + slug(organisationShortName) + "@" + LotNetwork.DOMAIN;
    }

    /** Its correspondent's, who also signs its conventions. */
    static String correspondentOf(String organisationShortName) {
        return "correspondant." + slug(organisationShortName) + "@" + LotNetwork.DOMAIN;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
