package fr.visioaccueil.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import tools.jackson.databind.json.JsonMapper;
import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.HostType;
import fr.visioaccueil.network.OpenDataFacts;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.PointDetails;
import fr.visioaccueil.network.Points;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The open-data files, checked row by row against the national schema of lieux de médiation numérique
 * (LaMednum/standard-mediation-num schema.json): its required fields, their patterns and vocabularies.
 */
@PlatformTest
@AutoConfigureMockMvc
class OpenDataExportTest {

    /** Required fields of the schema, and the pattern each value must match. */
    private static final Map<String, Pattern> REQUIRED = Map.of(
            "id", Pattern.compile("\\S+"),
            "pivot", Pattern.compile("\\d{14}"),
            "nom", Pattern.compile("\\S.*"),
            "commune", Pattern.compile("\\S.*"),
            "code_postal", Pattern.compile("\\d{5}"),
            "adresse", Pattern.compile("\\S.*"),
            "date_maj", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            "services", Pattern.compile("(?:(?:^|;)(Aide aux démarches administratives|Maîtrise des outils numériques "
                    + "du quotidien|Insertion professionnelle via le numérique|Utilisation sécurisée du numérique|"
                    + "Parentalité et éducation avec le numérique|Loisirs et créations numériques|Compréhension du "
                    + "monde numérique|Accès internet et matériel informatique|Acquisition de matériel informatique à "
                    + "prix solidaire))+$"));

    /** Optional fields with a pattern in the schema: checked when filled. */
    private static final Map<String, Pattern> OPTIONAL = Map.of(
            "telephone", Pattern.compile("^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$"),
            "itinerance", Pattern.compile("(?:(?:^|;)(Itinérant|Fixe))+$"),
            "modalites_acces", Pattern.compile("(?:(?:^|;)(Se présenter|Téléphoner|Contacter par mail|Prendre un RDV "
                    + "en ligne|Ce lieu n'accueille pas de public|Envoyer un mail avec une fiche de prescription))+$"),
            "modalites_accompagnement", Pattern.compile("(?:(?:^|;)(En autonomie|Accompagnement individuel|Dans un "
                    + "atelier collectif : j'apprends collectivement à utiliser le numérique|À distance \\(par "
                    + "téléphone ou en visioconférence\\)))+$"),
            "code_insee", Pattern.compile("^([013-9]\\d|2[AB1-9])\\d{3}$"),
            "frais_a_charge", Pattern.compile("(?:(?:^|;)(Gratuit : Je peux accéder gratuitement au lieu et à ses "
                    + "services|Payant : L’accès au lieu et/ou à ses services est payant))+$"),
            // OpenStreetMap opening_hours: day (range) then comma-separated hh:mm-hh:mm, rules joined by "; "
            "horaires", Pattern.compile("(Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))? \\d{2}:\\d{2}-\\d{2}:\\d{2}"
                    + "(,\\d{2}:\\d{2}-\\d{2}:\\d{2})*(; (Mo|Tu|We|Th|Fr|Sa|Su)(-(Mo|Tu|We|Th|Fr|Sa|Su))? "
                    + "\\d{2}:\\d{2}-\\d{2}:\\d{2}(,\\d{2}:\\d{2}-\\d{2}:\\d{2})*)*"));

    @Autowired
    MockMvc mvc;

    @Autowired
    Points points;

    /** The INSEE code and the commune's centre of every demo point; none has a SIRET, so the pivot is 14 zeros. */
    @Test
    void theDemoPointsCarryTheirCommunesCodeAndCoordinatesAndTheUnknownSiretPlaceholder() throws Exception {
        List<Map<String, Object>> lieux = json();
        Map<String, Object> bretenoux = lieux.stream().filter(lieu -> "ESP@P Bretenoux".equals(lieu.get("nom")))
                .findFirst().orElseThrow();
        assertThat(bretenoux).containsEntry("code_insee", "46038").containsEntry("latitude", 44.915)
                .containsEntry("longitude", 1.8392).containsEntry("pivot", "00000000000000");
        Set<String> demo = Set.of("Bretenoux", "Gourdon", "Lacapelle-Marival", "Latronquière", "Salviac", "Catus",
                "Livernon", "Assier", "Sousceyrac");
        assertThat(lieux).filteredOn(lieu -> demo.contains(lieu.get("commune"))
                        && ("ESP@P " + lieu.get("commune")).equals(lieu.get("nom")))
                .hasSize(9)
                .allSatisfy(lieu -> {
                    assertThat(lieu.get("pivot")).isEqualTo("00000000000000");
                    assertThat(String.valueOf(lieu.get("code_insee"))).startsWith("46");
                    assertThat((Double) lieu.get("latitude")).as("%s", lieu.get("nom")).isBetween(44.2, 45.1);
                    assertThat((Double) lieu.get("longitude")).as("%s", lieu.get("nom")).isBetween(0.9, 2.3);
                });
    }

    /** What the coordinator typed reaches both files: the SIRET as the pivot, numbers with a decimal point. */
    @Test
    void aPointsSiretInseeCodeAndCoordinatesAreExportedInTheSchemasFormats() throws Exception {
        String name = "ESP@P Export " + Long.toString(System.nanoTime(), 36);
        Point point = points.create(new PointDetails(name, "Saint-Céré", null, "Place de la République", "46400",
                HostType.OTHER, "Maison des services", false, false, false, false, "", "", "",
                new OpenDataFacts("13002526500013", "46267", new BigDecimal("44.857100"), new BigDecimal("1.8925"))));

        String csv = mvc.perform(get(OpenDataController.CSV_PATH)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.startsWith(point.getSlug() + ",")).findFirst().orElseThrow())
                .startsWith(point.getSlug() + ",13002526500013," + name + ",Saint-Céré,46400,46267,"
                        + "Place de la République,,44.8571,1.8925,");
        Map<String, Object> lieu = json().stream().filter(l -> name.equals(l.get("nom"))).findFirst().orElseThrow();
        assertThat(lieu).containsEntry("pivot", "13002526500013").containsEntry("code_insee", "46267")
                .containsEntry("latitude", 44.8571).containsEntry("longitude", 1.8925);
    }

    private List<Map<String, Object>> json() throws Exception {
        return List.of(JsonMapper.builder().build().readValue(mvc.perform(get(OpenDataController.JSON_PATH))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), Map[].class));
    }

    @Test
    void theCsvHasOneValidRowPerPointWithoutASession() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(OpenDataController.CSV_PATH)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=3600, public");
        assertThat(response.getHeader("Set-Cookie")).isNull();
        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", Lieu.FIELDS));
        assertThat(lines).hasSize(points.all().size() + 1);
    }

    @Test
    void everyJsonRecordHasTheSchemasRequiredFieldsInTheirFormats() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(OpenDataController.JSON_PATH)).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=3600, public");
        List<Map<String, Object>> lieux = List.of(JsonMapper.builder().build().readValue(
                response.getContentAsString(StandardCharsets.UTF_8), Map[].class));
        assertThat(lieux).hasSize(points.all().size());
        for (Map<String, Object> lieu : lieux) {
            REQUIRED.forEach((field, pattern) -> assertThat(String.valueOf(lieu.get(field)))
                    .as("%s of %s", field, lieu.get("nom")).matches(pattern));
            OPTIONAL.forEach((field, pattern) -> {
                if (lieu.containsKey(field)) {
                    assertThat(String.valueOf(lieu.get(field))).as("%s of %s", field, lieu.get("nom")).matches(pattern);
                }
            });
            assertThat(String.valueOf(lieu.get("presentation_resume")).length()).isLessThanOrEqualTo(280);
            assertThat(lieu.keySet()).isSubsetOf(Lieu.FIELDS);
        }
        assertThat(lieux).extracting(lieu -> lieu.get("id")).doesNotHaveDuplicates();
        assertThat(lieux).extracting(lieu -> lieu.get("date_maj")).containsOnly(LocalDate.now(
                java.time.ZoneId.of("Europe/Paris")).toString());
        assertThat(lieux).anySatisfy(lieu -> assertThat(lieu.get("horaires")).isNotNull());
    }
}
