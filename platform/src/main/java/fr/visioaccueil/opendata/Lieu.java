package fr.visioaccueil.opendata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point as a <i>lieu de médiation numérique</i>: the schema's fields, in the schema's order, as text (empty
 * when unknown). Latitude and longitude are numbers in JSON.
 */
record Lieu(Map<String, String> fields) {

    /** The schema's fields (schema.json of LaMednum/standard-mediation-num), in its order. */
    static final List<String> FIELDS = List.of("id", "pivot", "nom", "commune", "code_postal", "code_insee",
            "adresse", "complement_adresse", "latitude", "longitude", "typologie", "telephone", "courriels",
            "site_web", "horaires", "presentation_resume", "presentation_detail", "source", "itinerance",
            "structure_parente", "date_maj", "services", "publics_specifiquement_adresses",
            "prise_en_charge_specifique", "frais_a_charge", "dispositif_programmes_nationaux", "formations_labels",
            "autres_formations_labels", "modalites_acces", "modalites_accompagnement", "fiche_acces_libre",
            "prise_rdv");

    static final List<String> NUMBERS = List.of("latitude", "longitude");

    /** Builds a lieu from pairs of field name and value; unnamed fields stay empty. */
    static Lieu of(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        FIELDS.forEach(name -> fields.put(name, ""));
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (!fields.containsKey(namesAndValues[i])) {
                throw new IllegalArgumentException("Champ inconnu du schéma : " + namesAndValues[i]);
            }
            fields.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return new Lieu(fields);
    }

    List<String> row() {
        return List.copyOf(fields.values());
    }

    /** The JSON object: empty fields left out, numbers as numbers, lists still joined by ";" as in the schema. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                json.put(name, NUMBERS.contains(name) ? Double.valueOf(value) : value);
            }
        });
        return json;
    }

    static String joined(String... values) {
        return String.join(";", Arrays.stream(values).filter(v -> v != null && !v.isEmpty()).toList());
    }
}
