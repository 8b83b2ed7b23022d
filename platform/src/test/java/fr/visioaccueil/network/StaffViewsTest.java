package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.StaffSessions;
import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.shared.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A partner sees its own organisation and conventions only; only its correspondent edits the contact. */
class StaffViewsTest extends RegistryWebTest {

    @Autowired
    StaffDirectory staffDirectory;

    @Test
    void aPartnerAgentSeesItsOrganisationAndItsConventionsOnly() throws Exception {
        mvc.perform(get("/organisme").with(staff.as(StaffSessions.AGENT_CAF))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Caisse d’allocations familiales du Lot")))
                .andExpect(content().string(containsString("ESP@P Sousceyrac")))
                .andExpect(content().string(containsString("Mardi 14h00 – 16h00 : en visio")))
                .andExpect(content().string(not(containsString("Caisse primaire d’assurance maladie"))))
                .andExpect(content().string(not(containsString("Mission Locale"))))
                .andExpect(content().string(not(containsString("/organisme/correspondant"))));
        mvc.perform(get("/organisme/correspondant").with(staff.as(StaffSessions.AGENT_CAF)))
                .andExpect(status().isForbidden());
        String before = fingerprint();
        mvc.perform(post("/organisme/correspondant").with(staff.as(StaffSessions.AGENT_CAF)).with(csrf())
                .param("version", "0").param("correspondentName", "Intrus")
                .param("correspondentEmail", "intrus@example.fr")).andExpect(status().isForbidden());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theCorrespondentUpdatesTheContactOfTheirOwnOrganisation() throws Exception {
        Organisation organisation = organisations.create(new OrganisationDetails("Organisme du correspondant", "ODC",
                OrganisationCategory.OTHER, null, "Ancien Nom", "ancien@odc.example", "", ""));
        String email = "correspondant.odc@espap46.example";
        staffDirectory.create(new NewStaffAccount(email, "Correspondant ODC", StaffRole.PARTNER_CORRESPONDENT,
                organisation.getId(), Set.of(), false));
        mvc.perform(get("/organisme").with(staff.as(email))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/organisme/correspondant")));

        String before = fingerprint();
        mvc.perform(post("/organisme/correspondant").with(staff.as(email)).with(csrf())
                        .param("version", String.valueOf(organisation.getVersion())).param("correspondentName", "")
                        .param("correspondentEmail", "pas-un-courriel").param("correspondentPhone", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "correspondentName", "correspondentEmail",
                        "correspondentPhone"));
        assertThat(fingerprint()).isEqualTo(before);

        mvc.perform(post("/organisme/correspondant").with(staff.as(email)).with(csrf())
                        .param("version", String.valueOf(organisation.getVersion()))
                        .param("correspondentName", "Nouvelle Correspondante")
                        .param("correspondentEmail", "nouvelle@odc.example").param("correspondentPhone", "05 65 11 22 33"))
                .andExpect(redirectedUrl("/organisme"));
        OrganisationDetails details = organisations.get(organisation.getId()).details();
        assertThat(details.correspondentName()).isEqualTo("Nouvelle Correspondante");
        assertThat(details.correspondentPhone()).isEqualTo("05 65 11 22 33");
        assertThat(details.name()).isEqualTo("Organisme du correspondant");
    }

    @Test
    void staffOutsideTheirAreaAreRefused() throws Exception {
        mvc.perform(get("/organisme").with(coordinator())).andExpect(status().isForbidden());
        mvc.perform(get("/organisme").with(staff.as(StaffSessions.MEDIATOR_BRETENOUX))).andExpect(status().isForbidden());
        mvc.perform(get("/mediateur/points").with(staff.as(StaffSessions.AGENT_CAF))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/conventions").with(staff.as(StaffSessions.CORRESPONDENT_CAF)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/conventions/1/document").with(staff.as(StaffSessions.AGENT_CAF)))
                .andExpect(status().isForbidden());
    }
}
