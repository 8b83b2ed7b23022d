package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.shared.StaffRole;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AdminOrganisationsTest extends RegistryWebTest {

    @Autowired
    StaffDirectory staffDirectory;

    @Test
    void theCoordinatorCreatesAnOrganisationThenEditsIt() throws Exception {
        String location = mvc.perform(filled(post("/admin/organisations/nouveau"), "MSA Midi-Pyrénées Nord", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D", ""));
        Organisation created = organisations.get(id);
        assertThat(created.getCategory()).isEqualTo(OrganisationCategory.SOCIAL);
        assertThat(created.getNationalOperator()).isEqualTo(NationalOperator.MSA);
        assertThat(organisations.shown(id)).isSameAs(organisations.shown(id));

        mvc.perform(filled(post("/admin/organisations/{id}/modifier", id), "MSA Nord Midi-Pyrénées",
                        String.valueOf(created.getVersion())))
                .andExpect(redirectedUrl("/admin/organisations"));
        assertThat(organisations.get(id).getName()).isEqualTo("MSA Nord Midi-Pyrénées");
        assertThat(organisations.shown(id).getName()).isEqualTo("MSA Nord Midi-Pyrénées");
        mvc.perform(get("/admin/organisations").with(coordinator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("MSA Nord Midi-Pyrénées")));
    }

    @Test
    void emptyOverLongAndDuplicateNamesAreFieldErrors() throws Exception {
        String before = fingerprint();
        mvc.perform(post("/admin/organisations/nouveau").with(coordinator()).with(csrf()).param("version", "0")
                        .param("name", "").param("shortName", "S".repeat(31)).param("category", "")
                        .param("correspondentPhone", "pas un numéro").param("website", "www.sans-protocole.fr"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "shortName", "category",
                        "correspondentPhone", "website"))
                .andExpect(content().string(containsString("au plus 30 caractères")))
                .andExpect(content().string(containsString("value=\"www.sans-protocole.fr\"")));
        mvc.perform(filled(post("/admin/organisations/nouveau"), "Caisse d’allocations familiales du Lot", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "organisation.name.taken"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aRealPngBecomesTheLogoAndAnythingElseIsRefused() throws Exception {
        Organisation organisation = organisations.create(details("Organisme au logo"));
        byte[] png = TestFiles.png();
        mvc.perform(logo(organisation.getId(), new MockMultipartFile("logo", "logo.png", "image/png", png)))
                .andExpect(redirectedUrl("/admin/organisations/" + organisation.getId() + "/modifier"));
        mvc.perform(get("/organismes/{id}/logo", organisation.getId()))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png));

        String before = fingerprint();
        byte[] text = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(logo(organisation.getId(), new MockMultipartFile("logo", "faux.png", "image/png", text)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("logoForm", "logo", "logo.invalid"))
                .andExpect(content().string(containsString("Le logo doit être une image PNG ou JPEG de 512 Ko au plus.")));
        mvc.perform(logo(organisation.getId(), new MockMultipartFile("logo", "", "application/octet-stream", new byte[0])))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("logoForm", "logo"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void deletingIsRefusedWhileConventionsOrAccountsNameTheOrganisation() throws Exception {
        String before = fingerprint();
        mvc.perform(post("/admin/organisations/{id}/supprimer", organisationShortNamed("CAF")).with(coordinator())
                .with(csrf())).andExpect(status().isConflict());
        Organisation withAgent = organisations.create(details("Organisme avec agent"));
        staffDirectory.create(new NewStaffAccount("agent.supprime@espap46.example", "Agent", StaffRole.PARTNER_AGENT,
                withAgent.getId(), Set.of(), false));
        String withAccount = fingerprint();
        mvc.perform(post("/admin/organisations/{id}/supprimer", withAgent.getId()).with(coordinator()).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(fingerprint()).isEqualTo(withAccount);
        assertThat(before).isNotEqualTo(withAccount);

        Organisation alone = organisations.create(details("Organisme sans attache"));
        mvc.perform(post("/admin/organisations/{id}/supprimer", alone.getId()).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/admin/organisations"));
        assertThat(organisations.find(alone.getId())).isEmpty();
    }

    @Test
    void aStaleVersionOrATamperedIdChangesNothing() throws Exception {
        Organisation organisation = organisations.create(details("Organisme périmé"));
        organisations.update(organisation.getId(), organisation.getVersion(), details("Organisme périmé bis"));
        String before = fingerprint();
        mvc.perform(filled(post("/admin/organisations/{id}/modifier", organisation.getId()), "Écrasement",
                String.valueOf(organisation.getVersion()))).andExpect(status().isConflict());
        mvc.perform(filled(post("/admin/organisations/999999/modifier"), "Fantôme", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/organisations/999999/modifier").with(coordinator())).andExpect(status().isNotFound());
        assertThat(fingerprint()).isEqualTo(before);
    }

    private RequestBuilder logo(long id, MockMultipartFile file) {
        return multipart("/admin/organisations/{id}/logo", id).file(file).with(coordinator()).with(csrf());
    }

    private static OrganisationDetails details(String name) {
        return new OrganisationDetails(name, "TEST", OrganisationCategory.OTHER, null, "", "", "", "");
    }

    private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name, String version) {
        return request.with(coordinator()).with(csrf()).param("version", version).param("name", name)
                .param("shortName", "MSA").param("category", "SOCIAL").param("nationalOperator", "MSA")
                .param("correspondentName", "Anne Bach").param("correspondentEmail", "anne.bach@msa.example")
                .param("correspondentPhone", "05 65 00 11 22").param("website", "https://www.msa.fr");
    }
}
