package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.StaffSessions;
import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.shared.StaffRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AdminPointsTest extends RegistryWebTest {

    @Autowired
    StaffDirectory staffDirectory;

    @Test
    void theCoordinatorCreatesThenEditsAPoint() throws Exception {
        String location = mvc.perform(filled(post("/admin/points/nouveau"), "ESP@P Figeac Test"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "point.created"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/admin/points/".length()));
        Point created = points.get(id);
        assertThat(created.details().postcode()).isEqualTo("46100");
        assertThat(created.details().hasScanner()).isTrue();
        assertThat(created.details().hasPrinter()).isFalse();

        mvc.perform(filled(post("/admin/points/{id}/modifier", id), "ESP@P Figeac Centre", "version", String.valueOf(created.getVersion()), "phone", "+33 5 65 34 00 00"))
                .andExpect(redirectedUrl("/admin/points/" + id));
        assertThat(points.get(id).getName()).isEqualTo("ESP@P Figeac Centre");
        assertThat(points.get(id).details().phone()).isEqualTo("+33 5 65 34 00 00");
        assertThat(points.get(id).getSlug()).isEqualTo("espap-figeac-test");
    }

    @Test
    void emptyAndOverLongFieldsAreRefusedFieldByFieldKeepingWhatWasTyped() throws Exception {
        String before = fingerprint();
        mvc.perform(filled(post("/admin/points/nouveau"), "", "hostName", "x".repeat(121), "postcode", "4613",
                        "phone", "12 34", "email", "pas-une-adresse", "accessibility", "a".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "hostName", "postcode", "phone", "email",
                        "accessibility"))
                .andExpect(content().string(containsString("Ce champ est obligatoire.")))
                .andExpect(content().string(containsString("au plus 120 caractères")))
                .andExpect(content().string(containsString("Le code postal compte 5 chiffres")))
                .andExpect(content().string(containsString("value=\"4613\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theOpenDataFactsAreRefusedFieldByFieldInFrenchKeepingWhatWasTyped() throws Exception {
        String before = fingerprint();
        mvc.perform(filled(post("/admin/points/nouveau"), "ESP@P Données fausses", "siret", "130 025 265 00014",
                        "inseeCode", "4603", "latitude", "95", "longitude", "1°50"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "siret", "inseeCode", "latitude", "longitude"))
                .andExpect(content().string(containsString("Ce SIRET n’existe pas : sa clé de contrôle est fausse.")))
                .andExpect(content().string(containsString("Code INSEE incorrect : 5 caractères")))
                .andExpect(content().string(containsString("Latitude incorrecte : un nombre de degrés entre -90 et 90")))
                .andExpect(content().string(containsString("Longitude incorrecte")))
                .andExpect(content().string(containsString("value=\"130 025 265 00014\"")));
        mvc.perform(filled(post("/admin/points/nouveau"), "ESP@P Données fausses", "siret", "1300252650001",
                        "inseeCode", "20123", "latitude", "44.9", "longitude", "-180.5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "siret", "Siret"))
                .andExpect(model().attributeHasFieldErrors("form", "inseeCode", "longitude"))
                .andExpect(content().string(containsString("Le SIRET compte exactement 14 chiffres")));
        mvc.perform(filled(post("/admin/points/nouveau"), "ESP@P Données fausses", "latitude", "44.9"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "longitude", "point.coordinates.pair"))
                .andExpect(content().string(containsString("Saisissez la latitude et la longitude ensemble")));
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** A SIRET copied with its spaces, a Corsican INSEE code in lower case, a latitude with a French comma. */
    @Test
    void theOpenDataFactsAreSavedAsTheSchemaWantsThemAndShownBackInTheForm() throws Exception {
        String location = mvc.perform(filled(post("/admin/points/nouveau"), "ESP@P Données justes",
                        "siret", "130 025 265 00013", "inseeCode", "2a004", "latitude", "41,919229",
                        "longitude", "8.738635"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/admin/points/".length()));

        OpenDataFacts facts = points.get(id).details().openData();
        assertThat(facts.siret()).isEqualTo("13002526500013");
        assertThat(facts.inseeCode()).isEqualTo("2A004");
        assertThat(facts.latitudeText()).isEqualTo("41.919229");
        assertThat(facts.longitudeText()).isEqualTo("8.738635");
        mvc.perform(get("/admin/points/{id}/modifier", id).with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"13002526500013\"")))
                .andExpect(content().string(containsString("value=\"2A004\"")))
                .andExpect(content().string(containsString("value=\"41.919229\"")));
        mvc.perform(get("/admin/points/{id}", id).with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>13002526500013</dd>")))
                .andExpect(content().string(containsString("<dd>2A004</dd>")))
                .andExpect(content().string(containsString("<dd>41.919229, 8.738635</dd>")));
    }

    @Test
    void aTamperedCommunityIsAFieldErrorAndNothingIsSaved() throws Exception {
        String before = fingerprint();
        mvc.perform(filled(post("/admin/points/nouveau"), "ESP@P Inconnu", "communityId", "999999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "communityId", "point.community.unknown"));
        mvc.perform(filled(post("/admin/points/nouveau"), "ESP@P Inconnu", "communityId", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "communityId", "typeMismatch"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        Point point = newPoint("ESP@P Périmé");
        mvc.perform(filled(post("/admin/points/{id}/modifier", point.getId()), "ESP@P Périmé",
                "version", String.valueOf(point.getVersion()))).andExpect(status().is3xxRedirection());
        String before = fingerprint();
        mvc.perform(filled(post("/admin/points/{id}/modifier", point.getId()), "ESP@P Écrasé",
                "version", String.valueOf(point.getVersion()))).andExpect(status().isConflict());
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(points.get(point.getId()).getName()).isEqualTo("ESP@P Périmé");
    }

    @Test
    void aTamperedIdIsNotFound() throws Exception {
        String before = fingerprint();
        mvc.perform(get("/admin/points/999999").with(coordinator())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/points/999999/modifier").with(coordinator())).andExpect(status().isNotFound());
        mvc.perform(filled(post("/admin/points/999999/modifier"), "X"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/points/999999/supprimer").with(coordinator()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void deletingAPointStillUnderConventionIsRefusedWithItsReason() throws Exception {
        long bretenoux = pointNamed("ESP@P Bretenoux");
        String before = fingerprint();
        var result = mvc.perform(post("/admin/points/{id}/supprimer", bretenoux).with(coordinator()).with(csrf()))
                .andExpect(status().isConflict()).andReturn();
        assertThat(result.getRequest().getAttribute("fr.visioaccueil.shared.ErrorPages.explanation"))
                .isEqualTo("Ce point a encore des conventions : supprimez-les ou terminez-les d’abord.");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void deletingAPointWhereAMediatorWorksIsRefused() throws Exception {
        Point point = newPoint("ESP@P Avec médiateur");
        staffDirectory.create(new NewStaffAccount("mediateur.test.suppression@espap46.example", "Médiateur Test",
                StaffRole.MEDIATOR, null, Set.of(point.getId()), false));
        String before = fingerprint();
        mvc.perform(post("/admin/points/{id}/supprimer", point.getId()).with(coordinator()).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anUnreferencedPointIsDeleted() throws Exception {
        Point point = newPoint("ESP@P Éphémère");
        mvc.perform(post("/admin/points/{id}/supprimer", point.getId()).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/admin/points"));
        assertThat(points.find(point.getId())).isEmpty();
    }

    @Test
    void thePointPageShowsItsFactsWeekConventionsAndTheComplianceSlot() throws Exception {
        long bretenoux = pointNamed("ESP@P Bretenoux");
        mvc.perform(get("/admin/points/{id}", bretenoux).with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div id=\"conformite\" hx-get=\"/admin/conformite/points/" + bretenoux
                                + "\" hx-trigger=\"load\" hx-swap=\"innerHTML\"></div>")))
                .andExpect(content().string(containsString("Caisse d’allocations familiales")))
                .andExpect(content().string(containsString("13h30 – 17h00")))
                .andExpect(content().string(containsString("Congés d’été")));
        mvc.perform(get("/admin/points").with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("ESP@P Sousceyrac")));
        mvc.perform(get("/admin/points/{id}", bretenoux).header("Accept-Language", "en").with(coordinator()))
                .andExpect(content().string(containsString("Add an exceptional closure")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void onlyTheCoordinatorReachesThesePages() throws Exception {
        mvc.perform(get("/admin/points").with(staff.as(StaffSessions.MEDIATOR_BRETENOUX)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/points").with(staff.as(StaffSessions.AGENT_CAF))).andExpect(status().isForbidden());
    }

    /** A complete, valid form as a browser sends it, with some fields replaced ("field", "value", …). */
    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name,
                                                 String... overrides) {
        long community = jdbc.sql("SELECT min(id) FROM community").query(Long.class).single();
        Map<String, String> fields = new LinkedHashMap<>(Map.ofEntries(Map.entry("version", "0"),
                Map.entry("name", name), Map.entry("commune", "Figeac"),
                Map.entry("communityId", String.valueOf(community)), Map.entry("address", "Place Champollion"),
                Map.entry("postcode", "46100"), Map.entry("hostType", "OTHER"),
                Map.entry("hostName", "Maison des services"), Map.entry("hasScanner", "true"),
                Map.entry("accessibility", ""), Map.entry("phone", "05 65 34 00 00"),
                Map.entry("email", "figeac@espap46.example")));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        // as a browser sends them: a marker for each checkbox, checked or not
        List.of("confidentialRoom", "hasCamera", "hasScanner", "hasPrinter").forEach(box -> request.param("_" + box, "on"));
        return request.with(coordinator()).with(csrf());
    }
}
