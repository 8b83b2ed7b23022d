package fr.visioaccueil.network;

import static fr.visioaccueil.network.PointForm.text;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** The network's identity as typed by the coordinator; colours as {@code #rrggbb}. */
record NetworkForm(
        int version,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.size}") String shortName,
        @Size(max = 120, message = "{validation.size}") String territory,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.COLOUR, message = "{network.colour.format}") String primaryColor,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.COLOUR, message = "{network.colour.format}") String accentColor,
        @Email(message = "{validation.email}") @Size(max = 120, message = "{validation.size}") String contactEmail,
        @Pattern(regexp = FormPatterns.PHONE, message = "{validation.phone}") String contactPhone,
        @Size(max = 200, message = "{validation.size}") String contactAddress) {

    static NetworkForm of(NetworkProfile p) {
        return new NetworkForm(p.version(), p.name(), p.shortName(), p.territory(), p.primaryColor(),
                p.accentColor(), p.contactEmail(), p.contactPhone(), p.contactAddress());
    }

    NetworkProfile toProfile() {
        return new NetworkProfile(name.strip(), shortName.strip(), text(territory), colour(primaryColor),
                colour(accentColor), text(contactEmail), text(contactPhone), text(contactAddress), false, version);
    }

    private static String colour(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
