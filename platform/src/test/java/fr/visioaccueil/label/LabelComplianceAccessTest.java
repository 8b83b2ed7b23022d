package fr.visioaccueil.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.Points;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The label pages are the coordinator's alone, and a save needs the CSRF token. */
@PlatformTest
@AutoConfigureMockMvc
class LabelComplianceAccessTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Points points;
    @Autowired
    private RuleSets ruleSets;
    @Autowired
    private UserDetailsService accounts;

    @Test
    void aMediatorIsRefusedEveryLabelPageAndCannotChooseTheRuleSet() throws Exception {
        var mediator = user(accounts.loadUserByUsername("claire.lafon@espap46.example"));
        for (String url : labelPages()) {
            mvc.perform(get(url).with(mediator)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/conformite").param("ruleSet", "FRANCE_SERVICES")
                        .param("version", String.valueOf(ruleSets.selected().version())).with(mediator).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(ruleSets.selected().ruleSet().code()).isEqualTo("RSP_2009");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        for (String url : labelPages()) {
            mvc.perform(get(url)).andExpect(status().isFound())
                    .andExpect(header().string("Location", containsString("/connexion")));
        }
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/conformite").param("ruleSet", "FRANCE_SERVICES")
                        .param("version", String.valueOf(ruleSets.selected().version()))
                        .with(user(accounts.loadUserByUsername("coordination@espap46.example"))))
                .andExpect(status().isForbidden());

        assertThat(ruleSets.selected().ruleSet().code()).isEqualTo("RSP_2009");
    }

    @Test
    void anUnknownPointIsNotFound() throws Exception {
        mvc.perform(get("/admin/conformite/points/999999")
                        .with(user(accounts.loadUserByUsername("coordination@espap46.example"))))
                .andExpect(status().isNotFound());
    }

    private List<String> labelPages() {
        return List.of("/admin/conformite", "/admin/conformite.csv",
                "/admin/conformite/points/" + points.all().get(0).getId());
    }
}
