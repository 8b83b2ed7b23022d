package fr.visioaccueil.network;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the national data schema of the <i>lieux de médiation numérique</i> asks of a point beyond its address:
 * the SIRET of its host structure, the INSEE code of its commune (not its postcode: a postcode covers several
 * communes) and its WGS84 coordinates. Texts are empty and coordinates null while unknown; the coordinates go
 * together.
 */
public record OpenDataFacts(String siret, String inseeCode, BigDecimal latitude, BigDecimal longitude) {

    public static final OpenDataFacts NONE = new OpenDataFacts("", "", null, null);

    public OpenDataFacts {
        siret = Objects.requireNonNullElse(siret, "");
        inseeCode = Objects.requireNonNullElse(inseeCode, "");
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidChange(latitude == null ? "latitude" : "longitude", "point.coordinates.pair");
        }
    }

    /** The latitude in decimal degrees with a point, as typed and as the schema writes it ("44.915"); empty if unknown. */
    public String latitudeText() {
        return degrees(latitude);
    }

    public String longitudeText() {
        return degrees(longitude);
    }

    private static String degrees(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
