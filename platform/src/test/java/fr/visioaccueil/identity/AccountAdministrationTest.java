package fr.visioaccueil.identity;

import static fr.visioaccueil.identity.SignedIn.COORDINATOR;
import static fr.visioaccueil.identity.SignedIn.MEDIATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinator creates, edits, disables and enables staff accounts; without SMTP the link is shown. */
@PlatformTest
@AutoConfigureMockMvc
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Points points;

    @Test
    void createsAMediatorAndShowsTheLinkWhenNoMailServerIsConfigured() throws Exception {
        long point = points.all().get(0).getId();
        MvcResult created = mvc.perform(create("nadia.roques@espap46.example", "Nadia Roques", "MEDIATOR")
                        .param("pointIds", String.valueOf(point)).param("trained", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "invitation.noSmtp")).andReturn();

        StaffAccount account = accounts.findByEmail("nadia.roques@espap46.example").orElseThrow();
        assertThat(account.role()).isEqualTo(StaffRole.MEDIATOR);
        assertThat(account.trained()).isTrue();
        assertThat(account.hasPassword()).isFalse();
        assertThat(accounts.pointsOf(account.id())).containsExactly(point);
        String link = (String) created.getFlashMap().get("invitationLink");
        assertThat(link).matches("http://localhost:\\d+/mot-de-passe/choisir\\?jeton=[A-Za-z0-9_-]{43}");

        mvc.perform(get(created.getResponse().getRedirectedUrl()).flashAttrs(created.getFlashMap())
                        .with(SignedIn.as(users, COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link)))
                .andExpect(content().string(containsString("Aucun serveur de messagerie n’est configuré")))
                .andExpect(content().string(containsString("Invité, mot de passe pas encore choisi")));
    }

    @Test
    void createsAPartnerAgentOfAnOrganisation() throws Exception {
        mvc.perform(create("agent2.caf@espap46.example", "Agent CAF 2", "PARTNER_AGENT")
                        .param("organisationId", String.valueOf(organisationOf(SignedIn.PARTNER_AGENT))))
                .andExpect(status().is3xxRedirection());

        StaffAccount account = accounts.findByEmail("agent2.caf@espap46.example").orElseThrow();
        assertThat(account.organisationId()).isEqualTo(organisationOf(SignedIn.PARTNER_AGENT));
    }

    @Test
    void listsAccountsWithTheirRoleScopeAndState() throws Exception {
        mvc.perform(get("/admin/comptes").with(SignedIn.as(users, COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(MEDIATOR)))
                .andExpect(content().string(containsString("ESP@P Bretenoux")))
                .andExpect(content().string(containsString("Caisse d’allocations familiales du Lot")))
                .andExpect(content().string(containsString("Tout le réseau")))
                .andExpect(content().string(containsString("Actif")));
    }

    @Test
    void editsAnAccountAndRefusesAStaleForm() throws Exception {
        long id = mediator("edit.me@espap46.example");
        mvc.perform(edit(id, 0, "Edith Meunier"))
                .andExpect(redirectedUrl("/admin/comptes/" + id));
        assertThat(accounts.findById(id).orElseThrow().displayName()).isEqualTo("Edith Meunier");

        mvc.perform(edit(id, 0, "Written over"))
                .andExpect(status().isConflict());
        assertThat(accounts.findById(id).orElseThrow().displayName()).isEqualTo("Edith Meunier");
    }

    @Test
    void disablesAndEnablesAnAccount() throws Exception {
        long id = mediator("leaving@espap46.example");
        mvc.perform(action(id, "desactiver")).andExpect(flash().attribute("flash", "account.disabled"));
        assertThat(accounts.findById(id).orElseThrow().enabled()).isFalse();
        assertThat(users.loadUserByUsername("leaving@espap46.example").isEnabled()).isFalse();

        mvc.perform(action(id, "activer")).andExpect(flash().attribute("flash", "account.enabled"));
        assertThat(accounts.findById(id).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theCoordinatorCannotDisableThemself() throws Exception {
        long self = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        mvc.perform(action(self, "desactiver")).andExpect(status().isForbidden());
        assertThat(accounts.findById(self).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aTamperedAccountIdIsNotFoundAndChangesNothing() throws Exception {
        int before = accounts.all().size();
        mvc.perform(get("/admin/comptes/999999").with(SignedIn.as(users, COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(edit(999999, 0, "Nobody")).andExpect(status().isNotFound());
        for (String verb : new String[] {"desactiver", "activer", "deverrouiller", "invitation"}) {
            mvc.perform(action(999999, verb)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/comptes/abc").with(SignedIn.as(users, COORDINATOR)))
                .andExpect(status().isBadRequest());
        assertThat(accounts.all()).hasSize(before);
    }

    @Test
    void onlyTheCoordinatorManagesAccounts() throws Exception {
        mvc.perform(get("/admin/comptes").with(SignedIn.as(users, MEDIATOR))).andExpect(status().isForbidden());
        mvc.perform(create("intruder@espap46.example", "Intrus", "COORDINATOR").with(SignedIn.as(users, MEDIATOR)))
                .andExpect(status().isForbidden());
        assertThat(accounts.findByEmail("intruder@espap46.example")).isEmpty();
    }

    private long mediator(String email) {
        return directory.create(new NewStaffAccount(email, "Médiateur de test", StaffRole.MEDIATOR, null,
                Set.of(points.all().get(1).getId()), false));
    }

    private long organisationOf(String email) {
        return accounts.findByEmail(email).orElseThrow().organisationId();
    }

    private MockHttpServletRequestBuilder create(String email, String name, String role) {
        return post("/admin/comptes").with(SignedIn.as(users, COORDINATOR)).with(csrf())
                .param("email", email).param("displayName", name).param("role", role);
    }

    private MockHttpServletRequestBuilder edit(long id, int version, String name) {
        return post("/admin/comptes/" + id).with(SignedIn.as(users, COORDINATOR)).with(csrf())
                .param("email", id + "-edited@espap46.example").param("displayName", name)
                .param("role", "MEDIATOR").param("pointIds", String.valueOf(points.all().get(1).getId()))
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder action(long id, String verb) {
        return post("/admin/comptes/" + id + "/" + verb).with(SignedIn.as(users, COORDINATOR)).with(csrf());
    }
}
