package fr.visioaccueil.demo;

import fr.visioaccueil.network.Closure;
import fr.visioaccueil.network.ConventionTerms;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.HostType;
import fr.visioaccueil.network.Logo;
import fr.visioaccueil.network.NetworkProfile;
import fr.visioaccueil.network.NetworkProfiles;
import fr.visioaccueil.network.OpenDataFacts;
import fr.visioaccueil.network.OpeningRange;
import fr.visioaccueil.network.OrganisationDetails;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.PointDetails;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.network.Presence;
import fr.visioaccueil.network.SignedDocument;
import fr.visioaccueil.network.PresenceMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes the Lot network through the registry's own services, so that it obeys the same rules as any user. */
@Component
class DemoRegistry {

    private static final LocalDate NETWORK_START = LocalDate.of(2009, 9, 1);

    private final NetworkProfiles profiles;
    private final Points points;
    private final Organisations organisations;
    private final Conventions conventions;
    private final DemoTerritory territory;
    private final Clock clock;

    DemoRegistry(NetworkProfiles profiles, Points points, Organisations organisations, Conventions conventions,
                 DemoTerritory territory, Clock clock) {
        this.profiles = profiles;
        this.points = points;
        this.organisations = organisations;
        this.conventions = conventions;
        this.territory = territory;
        this.clock = clock;
    }

    void loadProfileAndTerritory() {
        NetworkProfile current = profiles.current();
        profiles.update(current.version(), new NetworkProfile("ESP@P — Espaces Services Publics à Proximité",
                "ESP@P", "Lot", "#1d5b79", "#a63d00", "coordination@" + LotNetwork.DOMAIN, "05 65 53 42 54",
                "Conseil général du Lot, avenue de l’Europe, 46000 Cahors", false, 0));
        Logo.from(DemoLogo.png()).ifPresent(profiles::replaceLogo);
        territory.load();
    }

    Map<String, Long> loadPoints() {
        Map<String, Long> communities = territory.communityIds();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (LotNetwork.DemoPoint demo : LotNetwork.POINTS) {
            var point = points.create(new PointDetails("ESP@P " + demo.commune(), demo.commune(),
                    communities.get(demo.community()), demo.address(), demo.postcode(), demo.hostType(),
                    demo.hostName(), demo.hostType() != HostType.TOWN_HALL,
                    true, true, true, "Accès de plain-pied, place de stationnement réservée à proximité.",
                    "05 65 00 00 " + String.format("%02d", ids.size() + 10),
                    DemoEmails.slug(demo.commune()) + "@" + LotNetwork.DOMAIN, new OpenDataFacts("", demo.inseeCode(),
                    new BigDecimal(demo.latitude()), new BigDecimal(demo.longitude()))));
            var withHours = points.replaceOpeningHours(point.getId(), point.getVersion(), hours(demo.weakHours()));
            LocalDate summer = LocalDate.of(LocalDate.now(clock).getYear() + 1, 8, 10);
            points.addClosure(withHours.getId(), new Closure(summer, summer.plusDays(13), "Congés d’été"));
            ids.put(demo.commune(), point.getId());
        }
        return ids;
    }

    Map<String, Long> loadOrganisations() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (LotNetwork.DemoOrganisation demo : LotNetwork.ORGANISATIONS) {
            var organisation = organisations.create(new OrganisationDetails(demo.name(), demo.shortName(),
                    demo.category(), demo.operator(), demo.correspondent(),
                    DemoEmails.correspondentOf(demo.shortName()), "05 65 10 20 30", ""));
            ids.put(demo.shortName(), organisation.getId());
        }
        return ids;
    }

    /** Every point has CAF, CPAM and ANPE by visio, and the Mission Locale on site; some have CRAM and UDAF. */
    void loadConventions(Map<String, Long> pointIds, Map<String, Long> organisationIds) {
        int index = 0;
        for (Map.Entry<String, Long> point : pointIds.entrySet()) {
            convention(point.getValue(), organisationIds, "CAF", presence(2, 14, 16, PresenceMode.VISIO));
            convention(point.getValue(), organisationIds, "CPAM", presence(4, 9, 11, PresenceMode.VISIO));
            convention(point.getValue(), organisationIds, "ANPE", presence(1, 14, 16, PresenceMode.VISIO));
            convention(point.getValue(), organisationIds, "Mission Locale", presence(3, 9, 12, PresenceMode.ON_SITE));
            if (index % 2 == 0) {
                convention(point.getValue(), organisationIds, "CRAM", presence(5, 9, 11, PresenceMode.VISIO));
            }
            if (index % 3 == 0) {
                convention(point.getValue(), organisationIds, "UDAF", presence(3, 14, 16, PresenceMode.ON_SITE));
            }
            index++;
        }
    }

    private void convention(long pointId, Map<String, Long> organisationIds, String shortName, Presence presence) {
        LotNetwork.DemoOrganisation demo = LotNetwork.ORGANISATIONS.stream()
                .filter(organisation -> organisation.shortName().equals(shortName)).findFirst().orElseThrow();
        ConventionTerms terms = new ConventionTerms(pointId, organisationIds.get(shortName), demo.services(),
                "Visio-accueil (écran, caméra, combiné), scanner et imprimante du point", demo.correspondent(),
                DemoEmails.correspondentOf(shortName), NETWORK_START, null,
                List.of(presence));
        byte[] pdf = DemoConventionPdf.of("Convention de partenariat ESP@P", demo.name() + " - point " + pointId);
        conventions.create(terms, SignedDocument.from("convention-" + DemoEmails.slug(shortName) + ".pdf", pdf)
                .orElseThrow());
    }

    private static Presence presence(int day, int from, int to, PresenceMode mode) {
        return new Presence(day, LocalTime.of(from, 0), LocalTime.of(to, 0), mode);
    }

    /** 32 h 30 over five days; the weak point opens 21 h over three days, short of the RSP's 24 h. */
    private static List<OpeningRange> hours(boolean weak) {
        List<OpeningRange> ranges = new ArrayList<>();
        List<Integer> days = weak ? List.of(1, 3, 5) : List.of(1, 2, 3, 4, 5);
        for (int day : days) {
            ranges.add(new OpeningRange(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            ranges.add(weak ? new OpeningRange(day, LocalTime.of(14, 0), LocalTime.of(18, 0))
                    : new OpeningRange(day, LocalTime.of(13, 30), LocalTime.of(17, 0)));
        }
        return ranges;
    }
}
