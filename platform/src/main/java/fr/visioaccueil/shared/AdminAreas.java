package fr.visioaccueil.shared;

import java.util.List;

/** The coordinator's areas under {@code /admin}, in menu order: the admin menu and the staff home list them. */
public final class AdminAreas {

    public static final List<String> ALL = List.of("points", "organisations", "conventions", "comptes",
            "conformite", "enquete", "charte", "reseau", "journal", "notifications", "documents");

    private AdminAreas() {
    }
}
