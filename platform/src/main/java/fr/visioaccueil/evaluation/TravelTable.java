package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.network.Territory;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the trip avoided for an interview at a point with an organisation: the point's community, the service code
 * the organisation's offices are listed under in the distance table, and that row of the table. The code is the
 * coordinator's choice when made, else guessed from the short name (CAF, CPAM…) or the national operator.
 */
@Component
class TravelTable {

    // the 2009 table names the former bodies of today's national operators
    private static final Map<String, String> FORMER_NAMES = Map.of("FRANCE_TRAVAIL", "ANPE", "CNAV", "CRAM");

    private final Points points;
    private final Organisations organisations;
    private final Territory territory;
    private final JdbcClient jdbc;

    TravelTable(Points points, Organisations organisations, Territory territory, JdbcClient jdbc) {
        this.points = points;
        this.organisations = organisations;
        this.territory = territory;
        this.jdbc = jdbc;
    }

    Trip trip(long pointId, long organisationId) {
        Long community = points.get(pointId).details().communityId();
        Optional<String> service = serviceOf(organisationId);
        if (community == null || service.isEmpty()) {
            return Trip.NONE;
        }
        return territory.distance(community, service.get()).map(Trip::roundTrip).orElse(Trip.NONE);
    }

    Optional<String> serviceOf(long organisationId) {
        Optional<String> chosen = jdbc.sql("SELECT service FROM evaluation_organisation_service "
                + "WHERE organisation_id = :id").param("id", organisationId).query(String.class).optional();
        return chosen.isPresent() ? chosen : organisations.find(organisationId).flatMap(this::guess);
    }

    @Transactional
    void choose(long organisationId, String service) {
        organisations.get(organisationId);
        if (service == null || service.isBlank()) {
            jdbc.sql("DELETE FROM evaluation_organisation_service WHERE organisation_id = :id")
                    .param("id", organisationId).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO evaluation_organisation_service (organisation_id, service) VALUES (:id, :service)
                ON CONFLICT (organisation_id) DO UPDATE SET service = :service""")
                .param("id", organisationId).param("service", service).update();
    }

    private Optional<String> guess(Organisation organisation) {
        List<String> known = knownServices();
        String shortName = code(organisation.getShortName());
        if (known.contains(shortName)) {
            return Optional.of(shortName);
        }
        return Optional.ofNullable(organisation.getNationalOperator())
                .map(operator -> FORMER_NAMES.getOrDefault(operator.name(), operator.name()))
                .filter(known::contains);
    }

    List<String> knownServices() {
        return territory.services();
    }

    static String code(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toUpperCase(Locale.ROOT).strip().replaceAll("[^A-Z0-9]+", "_");
    }
}
