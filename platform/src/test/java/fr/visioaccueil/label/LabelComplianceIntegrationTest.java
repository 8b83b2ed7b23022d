package fr.visioaccueil.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.OpeningRange;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.network.RegistryChanged;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Label compliance on the demo network of the Lot, through the coordinator's pages. */
@PlatformTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LabelComplianceIntegrationTest {

    private static final String SOUSCEYRAC = "ESP@P Sousceyrac";
    private static final List<String> OTHER_DEMO_POINTS = List.of("ESP@P Assier", "ESP@P Bretenoux", "ESP@P Catus",
            "ESP@P Gourdon", "ESP@P Lacapelle-Marival", "ESP@P Latronquière", "ESP@P Livernon", "ESP@P Salviac");
    private static final String SHORT_HOURS = "Ouvert 21 h sur 3 jours : il manque 3 h.";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Points points;
    @Autowired
    private LabelCompliance compliance;
    @Autowired
    private RuleSets ruleSets;
    @Autowired
    private UserDetailsService accounts;
    @Autowired
    private ApplicationEvents events;

    @Test
    void underTheRelaisOnlySousceyracIsNotCompliantAndThePageSaysWhy() throws Exception {
        assertThat(statusOf(SOUSCEYRAC).compliant()).isFalse();
        assertThat(statusOf(SOUSCEYRAC).reasons()).containsExactly(SHORT_HOURS);
        OTHER_DEMO_POINTS.forEach(name -> assertThat(statusOf(name).compliant()).as(name).isTrue());

        mvc.perform(get("/admin/conformite").with(as("coordination@espap46.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"RSP_2009\" selected=\"selected\">"
                        + "Relais Services Publics (2009)</option>")))
                .andExpect(content().string(containsString("Ouvert au moins 24 h par semaine, sur au moins 3 jours.")))
                .andExpect(content().string(containsString("<span class=\"badge ko\">Non conforme</span>")))
                .andExpect(content().string(containsString("<span class=\"badge ok\">Conforme</span>")))
                .andExpect(content().string(containsString(SHORT_HOURS)))
                .andExpect(content().string(containsString("href=\"/admin/points/" + sousceyrac().getId() + "\"")));
    }

    @Test
    void newOpeningHoursMakeSousceyracCompliantAtOnce() throws Exception {
        Point point = sousceyrac();
        List<OpeningRange> original = point.getOpeningHours();
        String fragment = "/admin/conformite/points/" + point.getId();
        mvc.perform(get(fragment).with(as("coordination@espap46.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Non conforme")))
                .andExpect(content().string(containsString(SHORT_HOURS)));
        try {
            points.replaceOpeningHours(point.getId(), point.getVersion(), List.of(range(1, 9, 17), range(3, 9, 17),
                    range(5, 9, 17)));

            assertThat(statusOf(SOUSCEYRAC).compliant()).isTrue();
            mvc.perform(get(fragment).with(as("coordination@espap46.example")))
                    .andExpect(content().string(containsString("<span class=\"badge ok\">Conforme</span>")))
                    .andExpect(content().string(containsString("Ouvert 24 h sur 3 jours par semaine.")));
        } finally {
            points.replaceOpeningHours(point.getId(), sousceyrac().getVersion(), original);
        }
    }

    @Test
    void theCsvListsEveryPointForExcel() throws Exception {
        byte[] body = mvc.perform(get("/admin/conformite.csv").with(as("coordination@espap46.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        containsString("attachment; filename=\"conformite-label-")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(lines.get(0)).isEqualTo("\uFEFFpoint;commune;référentiel;statut;raisons");
        assertThat(lines).contains(
                "ESP@P Sousceyrac;Sousceyrac;Relais Services Publics (2009);Non conforme;" + SHORT_HOURS,
                "ESP@P Bretenoux;Bretenoux;Relais Services Publics (2009);Conforme;");
        assertThat(lines).hasSize(points.all().size() + 1);
    }

    @Test
    void choosingFranceServicesMakesEveryPointNonCompliantForWantOfOperators() throws Exception {
        try {
            mvc.perform(post("/admin/conformite").param("ruleSet", "FRANCE_SERVICES")
                            .param("version", String.valueOf(ruleSets.selected().version()))
                            .with(as("coordination@espap46.example")).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/conformite"))
                    .andExpect(flash().attribute("flash", "label.ruleSet.saved"));

            assertThat(compliance.all()).isNotEmpty().allSatisfy(point -> {
                assertThat(point.ruleSetName()).isEqualTo("France Services");
                assertThat(point.compliant()).isFalse();
                assertThat(point.reasons()).anyMatch(reason -> reason.startsWith("Opérateurs nationaux manquants : ")
                        && reason.contains("MSA, DGFiP, ANTS, Justice, La Poste"));
            });
            assertThat(statusOf("ESP@P Latronquière").reasons()).contains("1 agent formé sur 2 requis.");
            assertThat(events.stream(RegistryChanged.class)).anySatisfy(change -> {
                assertThat(change.actor()).isEqualTo("coordination@espap46.example");
                assertThat(change.changes()).isEqualTo(
                        "référentiel du label : Relais Services Publics (2009) → France Services");
            });
        } finally {
            ruleSets.choose("RSP_2009", ruleSets.selected().version());
        }
    }

    @Test
    void anUnknownRuleSetIsRefusedWithAFrenchMessageAndNothingChanges() throws Exception {
        int version = ruleSets.selected().version();

        mvc.perform(post("/admin/conformite").param("ruleSet", "LABEL_INCONNU")
                        .param("version", String.valueOf(version))
                        .with(as("coordination@espap46.example")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ce référentiel n’existe pas")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        assertThat(ruleSets.selected().ruleSet().code()).isEqualTo("RSP_2009");
        assertThat(ruleSets.selected().version()).isEqualTo(version);
    }

    @Test
    void aSaveFromAnOutdatedPageIsAConflict() throws Exception {
        int version = ruleSets.selected().version();

        mvc.perform(post("/admin/conformite").param("ruleSet", "FRANCE_SERVICES")
                        .param("version", String.valueOf(version - 1))
                        .with(as("coordination@espap46.example")).with(csrf()))
                .andExpect(status().isConflict());

        assertThat(ruleSets.selected().ruleSet().code()).isEqualTo("RSP_2009");
    }

    private RequestPostProcessor as(String email) {
        return user(accounts.loadUserByUsername(email));
    }

    private PointCompliance statusOf(String name) {
        return compliance.all().stream().filter(point -> point.pointName().equals(name)).findFirst().orElseThrow();
    }

    private Point sousceyrac() {
        return points.all().stream().filter(point -> point.getName().equals(SOUSCEYRAC)).findFirst().orElseThrow();
    }

    private static OpeningRange range(int day, int opens, int closes) {
        return new OpeningRange(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
    }
}
