package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

class AdminConventionsTest extends RegistryWebTest {

    @Test
    void aConventionIsCreatedWithItsPresencesAndSignedPdfThenDownloaded() throws Exception {
        Point point = newPoint("ESP@P Convention");
        long caf = organisationShortNamed("CAF");
        byte[] pdf = TestFiles.pdf();
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), caf,
                        "presences[0].day", "2", "presences[0].opens", "14:00", "presences[0].closes", "16:00",
                        "presences[0].mode", "VISIO", "presences[1].day", "4", "presences[1].opens", "09:00",
                        "presences[1].closes", "11:30", "presences[1].mode", "ON_SITE")
                        .file(new MockMultipartFile("document", "convention signée.pdf", "application/pdf", pdf)))
                .andExpect(status().is3xxRedirection());
        Convention convention = conventions.ofPoint(point.getId()).get(0);
        assertThat(convention.getPresences()).containsExactly(
                new Presence(2, LocalTime.of(14, 0), LocalTime.of(16, 0), PresenceMode.VISIO),
                new Presence(4, LocalTime.of(9, 0), LocalTime.of(11, 30), PresenceMode.ON_SITE));

        mvc.perform(get("/admin/conventions/{id}/document", convention.getId()).with(coordinator()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/admin/conventions").param("point", String.valueOf(point.getId())).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ESP@P Convention")))
                .andExpect(content().string(containsString("Mardi 14h00 – 16h00 : en visio")))
                .andExpect(content().string(containsString("1 convention.")))
                .andExpect(content().string(not(containsString("<td>ESP@P Gourdon</td>"))));
    }

    @Test
    void aFakePdfIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
        Point point = newPoint("ESP@P Faux PDF");
        String before = fingerprint();
        byte[] fake = "Ceci n’est pas un PDF".getBytes(StandardCharsets.UTF_8);
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), organisationShortNamed("CAF"))
                        .file(new MockMultipartFile("document", "convention.pdf", "application/pdf", fake)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "document", "convention.document.invalid"))
                .andExpect(content().string(containsString("Le document signé doit être un vrai fichier PDF")))
                .andExpect(content().string(containsString("Prestations familiales &agrave; la carte")));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anUnknownOrganisationOrPointIsRefusedAndNothingIsSaved() throws Exception {
        Point point = newPoint("ESP@P Organisme inconnu");
        String before = fingerprint();
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), 999999L))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "organisationId", "convention.organisation.unknown"))
                .andExpect(content().string(containsString("Cet organisme n’existe pas.")));
        mvc.perform(form("/admin/conventions/nouvelle", 999999L, organisationShortNamed("CAF")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "pointId", "convention.point.unknown"));
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), organisationShortNamed("CAF"),
                        "organisationId", "CAF"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "organisationId", "typeMismatch"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void datesPresencesAndFieldsAreChecked() throws Exception {
        Point point = newPoint("ESP@P Convention incorrecte");
        long caf = organisationShortNamed("CAF");
        String before = fingerprint();
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), caf, "endsOn", "2009-08-31"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "endsOn", "convention.endBeforeStart"));
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), caf,
                        "presences[0].day", "2", "presences[0].opens", "14:00", "presences[0].closes", "16:00",
                        "presences[0].mode", "VISIO", "presences[1].day", "2", "presences[1].opens", "15:00",
                        "presences[1].closes", "17:00", "presences[1].mode", "ON_SITE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "presences", "hours.overlap"))
                .andExpect(content().string(containsString("Deux plages se chevauchent le mardi")));
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), caf,
                        "presences[0].day", "9", "presences[0].opens", "16:00", "presences[0].closes", "14:00",
                        "presences[0].mode", "VISIO", "presences[1].opens", "10:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "presences[0].day", "Max"))
                .andExpect(model().attributeHasFieldErrorCode("form", "presences[1].day", "validation.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "presences[1].closes", "validation.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "presences[1].mode", "validation.required"));
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), caf, "services", "",
                        "correspondentName", "n".repeat(121), "startsOn", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "services", "correspondentName", "startsOn"));
        mvc.perform(form("/admin/conventions/nouvelle", point.getId(), caf,
                        "presences[0].day", "1", "presences[0].opens", "16:00", "presences[0].closes", "14:00",
                        "presences[0].mode", "VISIO"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "presences[0].closes", "hours.endBeforeStart"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void editingKeepsTheDocumentAndAStaleVersionIsAConflict() throws Exception {
        Point point = newPoint("ESP@P Convention modifiée");
        long caf = organisationShortNamed("CAF");
        Convention convention = conventions.create(terms(point.getId(), caf),
                SignedDocument.from("c.pdf", TestFiles.pdf()).orElseThrow());
        mvc.perform(form("/admin/conventions/" + convention.getId() + "/modifier", point.getId(), caf, "version",
                        String.valueOf(convention.getVersion()), "services", "Nouveaux services"))
                .andExpect(status().is3xxRedirection());
        assertThat(conventions.get(convention.getId()).terms().services()).isEqualTo("Nouveaux services");
        assertThat(conventions.hasDocument(convention.getId())).isTrue();

        String before = fingerprint();
        mvc.perform(form("/admin/conventions/" + convention.getId() + "/modifier", point.getId(), caf, "version",
                        String.valueOf(convention.getVersion()), "services", "Écrasement"))
                .andExpect(status().isConflict());
        mvc.perform(form("/admin/conventions/999999/modifier", point.getId(), caf))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/conventions/999999/document").with(coordinator())).andExpect(status().isNotFound());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aConventionIsDeletedAfterConfirmationAndThenItsPointCanGo() throws Exception {
        Point point = newPoint("ESP@P Convention supprimée");
        Convention convention = conventions.create(terms(point.getId(), organisationShortNamed("CAF")));
        mvc.perform(get("/admin/conventions/{id}/modifier", convention.getId()).with(coordinator()))
                .andExpect(content().string(containsString("data-confirm=\"Supprimer définitivement cette convention")));
        mvc.perform(post("/admin/conventions/{id}/supprimer", convention.getId()).with(coordinator()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(conventions.ofPoint(point.getId())).isEmpty();
        mvc.perform(post("/admin/points/{id}/supprimer", point.getId()).with(coordinator()).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private static ConventionTerms terms(long pointId, long organisationId) {
        return new ConventionTerms(pointId, organisationId, "Services", "", "Martine Delpech", "", LocalDate.of(2009, 9, 1),
                null, List.of());
    }

    /** A complete convention form (no presence rows), with some fields replaced ("field", "value", …). */
    private MockMultipartHttpServletRequestBuilder form(String url, long pointId, long organisationId,
                                                        String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "0");
        fields.put("pointId", String.valueOf(pointId));
        fields.put("organisationId", String.valueOf(organisationId));
        fields.put("services", "Prestations familiales à la carte");
        fields.put("equipment", "Visio-accueil");
        fields.put("correspondentName", "Martine Delpech");
        fields.put("correspondentEmail", "martine.delpech@caf.example");
        fields.put("startsOn", "2009-09-01");
        fields.put("endsOn", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        fields.forEach(request::param);
        request.with(coordinator()).with(csrf());
        return request;
    }
}
