package fr.visioaccueil.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;

/** The point's facts as typed by the coordinator. */
record PointForm(
        int version,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String commune,
        @NotNull(message = "{validation.required}") Long communityId,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String address,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = FormPatterns.POSTCODE, message = "{validation.postcode}") String postcode,
        @NotNull(message = "{validation.required}") HostType hostType,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String hostName,
        boolean confidentialRoom, boolean hasCamera, boolean hasScanner, boolean hasPrinter,
        @Size(max = 500, message = "{validation.size}") String accessibility,
        @Pattern(regexp = FormPatterns.PHONE, message = "{validation.phone}") String phone,
        @Email(message = "{validation.email}") @Size(max = 120, message = "{validation.size}") String email,
        @Siret @Size(max = 40, message = "{validation.size}") String siret,
        @Pattern(regexp = FormPatterns.INSEE, flags = Pattern.Flag.CASE_INSENSITIVE, message = "{validation.insee}")
        String inseeCode,
        @Coordinate(limit = 90, message = "{validation.latitude}") String latitude,
        @Coordinate(limit = 180, message = "{validation.longitude}") String longitude) {

    static PointForm empty() {
        return new PointForm(0, "", "", null, "", "", null, "", false, false, false, false, "", "", "", "", "", "",
                "");
    }

    static PointForm of(Point point) {
        PointDetails d = point.details();
        return new PointForm(point.getVersion(), d.name(), d.commune(), d.communityId(), d.address(), d.postcode(),
                d.hostType(), d.hostName(), d.confidentialRoom(), d.hasCamera(), d.hasScanner(), d.hasPrinter(),
                d.accessibility(), d.phone(), d.email(), d.openData().siret(), d.openData().inseeCode(),
                d.openData().latitudeText(), d.openData().longitudeText());
    }

    PointDetails toDetails() {
        return new PointDetails(name.strip(), commune.strip(), communityId, address.strip(), postcode, hostType,
                hostName.strip(), confidentialRoom, hasCamera, hasScanner, hasPrinter, text(accessibility),
                text(phone), text(email), new OpenDataFacts(Siret.Check.digitsOf(siret),
                text(inseeCode).toUpperCase(Locale.ROOT), Coordinate.Check.parse(latitude),
                Coordinate.Check.parse(longitude)));
    }

    /** Optional texts are stored empty, never null. */
    static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
