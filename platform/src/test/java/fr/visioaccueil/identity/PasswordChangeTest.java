package fr.visioaccueil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.shared.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A signed-in staff member changes their password, proving the current one; never written in the log. */
@PlatformTest
@AutoConfigureMockMvc
class PasswordChangeTest {

    private static final String EMAIL = "change.moi@espap46.example";
    private static final String OLD = "ancien mot de passe du Lot";
    private static final String NEW = "nouveau mot de passe du Quercy";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    StaffDirectory directory;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
        long id = directory.create(new NewStaffAccount(EMAIL, "Change Moi", StaffRole.PARTNER_AGENT,
                accounts.findByEmail(SignedIn.PARTNER_AGENT).orElseThrow().organisationId(), Set.of(), false));
        directory.setPassword(id, OLD);
        String hash = accounts.findById(id).orElseThrow().passwordHash();

        mvc.perform(get("/espace/mot-de-passe").with(SignedIn.as(users, EMAIL))).andExpect(status().isOk())
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")));
        mvc.perform(change("pas le bon mot de passe", NEW, NEW)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")))
                .andExpect(content().string(not(containsString("pas le bon mot de passe"))));
        mvc.perform(change(OLD, NEW, "autre chose")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Les deux mots de passe saisis ne sont pas identiques.")));
        mvc.perform(change(OLD, "change.moi-2009", "change.moi-2009")).andExpect(status().isBadRequest());
        assertThat(accounts.findById(id).orElseThrow().passwordHash()).isEqualTo(hash);

        mvc.perform(change(OLD, NEW, NEW)).andExpect(redirectedUrl("/espace"))
                .andExpect(flash().attribute("flash", "password.changed"));

        mvc.perform(formLogin("/connexion").userParameter("email").user(EMAIL).password(OLD))
                .andExpect(unauthenticated()).andExpect(redirectedUrlPattern("/connexion?erreur*"));
        mvc.perform(formLogin("/connexion").userParameter("email").user(EMAIL).password(NEW))
                .andExpect(authenticated());
        assertThat(jdbc.sql("SELECT changes FROM audit_entry WHERE subject_type = 'ACCOUNT' AND subject_id = :id"
                        + " AND action = 'PASSWORD_CHANGE'").param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("");
    }

    @Test
    void anonymousPeopleAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/espace/mot-de-passe")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/connexion"));
        mvc.perform(post("/espace/mot-de-passe").with(csrf()).param("current", "x"))
                .andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder change(String current, String password, String confirmation) {
        return post("/espace/mot-de-passe").with(SignedIn.as(users, EMAIL)).with(csrf())
                .param("current", current).param("password", password).param("confirmation", confirmation);
    }
}
