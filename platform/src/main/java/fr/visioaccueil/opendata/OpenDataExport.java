package fr.visioaccueil.opendata;

import fr.visioaccueil.network.HostType;
import fr.visioaccueil.network.NetworkProfile;
import fr.visioaccueil.network.NetworkProfiles;
import fr.visioaccueil.network.OpenDataFacts;
import fr.visioaccueil.network.PublicDirectory;
import fr.visioaccueil.network.PublicPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The network's points as <i>lieux de médiation numérique</i>, with the SIRET, INSEE code and coordinates the
 * coordinator typed in each point's form. {@code pivot} is required by the schema: a point whose SIRET is not known
 * carries the placeholder of 14 zeros that the national aggregation (cartographie nationale) uses for a place
 * without SIRET, never an invented number; unknown coordinates or INSEE code stay empty (optional fields). The
 * registry keeps no per-point update date: {@code date_maj} is the day of the export.
 */
@Component
class OpenDataExport {

    static final String UNKNOWN_SIRET = "00000000000000";

    private final PublicDirectory directory;
    private final NetworkProfiles profiles;
    private final MessageSource messages;
    private final Clock clock;

    OpenDataExport(PublicDirectory directory, NetworkProfiles profiles, MessageSource messages, Clock clock) {
        this.directory = directory;
        this.profiles = profiles;
        this.messages = messages;
        this.clock = clock;
    }

    List<Lieu> lieux(String publicUrl) {
        NetworkProfile network = profiles.current();
        LocalDate today = LocalDate.now(clock);
        return directory.search(null, null).stream().map(point -> lieu(point, network, publicUrl, today)).toList();
    }

    private Lieu lieu(PublicPoint point, NetworkProfile network, String publicUrl, LocalDate today) {
        boolean equipped = point.equipment().camera() || point.equipment().scanner() || point.equipment().printer();
        OpenDataFacts facts = point.openData();
        return Lieu.of("id", point.slug(), "pivot", facts.siret().isEmpty() ? UNKNOWN_SIRET : facts.siret(),
                "nom", point.name(), "commune", point.commune(), "code_postal", point.postcode(),
                "code_insee", facts.inseeCode(), "adresse", point.address(), "latitude", facts.latitudeText(),
                "longitude", facts.longitudeText(), "typologie", typologie(point.hostType()),
                "telephone", InternationalPhone.of(point.phone()), "courriels", point.email(),
                "site_web", publicUrl + "/points/" + point.slug(),
                "horaires", OsmOpeningHours.of(point.openingHours()),
                "presentation_resume", resume(point), "presentation_detail", point.accessibility(),
                "source", network.name(), "itinerance", "Fixe", "structure_parente", network.name(),
                "date_maj", today.toString(),
                "services", Lieu.joined("Aide aux démarches administratives",
                        equipped ? "Accès internet et matériel informatique" : ""),
                "frais_a_charge", "Gratuit : Je peux accéder gratuitement au lieu et à ses services",
                "modalites_acces", Lieu.joined("Se présenter", point.phone().isBlank() ? "" : "Téléphoner",
                        point.email().isBlank() ? "" : "Contacter par mail"),
                "modalites_accompagnement", "Accompagnement individuel;À distance (par téléphone ou en visioconférence)");
    }

    /** The host as a type of the national typology of structures (data.inclusion). */
    static String typologie(HostType host) {
        return switch (host) {
            case TOWN_HALL -> "MUNI";
            case CYBER_BASE -> "EPN";
            case COMMUNITY_HOUSE -> "CC";
            case OTHER -> "Autre";
        };
    }

    /** At most 280 characters, as the schema requires: what the point offers, with its partners' short names. */
    private String resume(PublicPoint point) {
        String partners = String.join(", ", point.partners().stream().map(PublicPoint.Partner::shortName).toList());
        String resume = messages.getMessage(partners.isEmpty() ? "opendata.resume.alone" : "opendata.resume",
                new Object[] {partners}, Locale.FRENCH);
        return resume.length() <= 280 ? resume : resume.substring(0, 279) + "…";
    }
}
