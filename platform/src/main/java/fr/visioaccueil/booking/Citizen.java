package fr.visioaccueil.booking;

import java.util.Locale;

/**
 * The citizen as given at booking: a name, an optional e-mail and phone (already valid). The contact key is the
 * normalised e-mail, else the normalised phone, so that the limit per contact is not escaped by letter case.
 */
public record Citizen(String name, String email, String phone) {

    public Citizen {
        name = name == null ? "" : name.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        phone = phone == null || phone.isBlank() ? null : FrenchPhone.normalise(phone);
    }

    String contactKey() {
        if (email != null) {
            return email.toLowerCase(Locale.ROOT);
        }
        return phone;
    }
}
