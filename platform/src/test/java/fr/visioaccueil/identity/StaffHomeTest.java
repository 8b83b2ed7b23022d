package fr.visioaccueil.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.AdminAreas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The staff home leads each role to its own work. */
@PlatformTest
@AutoConfigureMockMvc
class StaffHomeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    Points points;

    @Test
    void aRealSignInLandsOnTheStaffHome() throws Exception {
        mvc.perform(formLogin("/connexion").userParameter("email").user(SignedIn.COORDINATOR)
                .password(SignedIn.DEMO_PASSWORD)).andExpect(redirectedUrl("/espace"));
    }

    @Test
    void theCoordinatorIsOfferedEveryAdminArea() throws Exception {
        var page = mvc.perform(get("/espace").with(SignedIn.as(users, SignedIn.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Coordination du réseau")));
        for (String area : AdminAreas.ALL) {
            page.andExpect(content().string(containsString("href=\"/admin/" + area + "\"")));
        }
    }

    @Test
    void aMediatorSeesTheirPointsOnly() throws Exception {
        long bretenoux = points.all().stream().filter(point -> point.getName().contains("Bretenoux")).findFirst()
                .orElseThrow().getId();
        mvc.perform(get("/espace").with(SignedIn.as(users, SignedIn.MEDIATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Claire Lafon")))
                .andExpect(content().string(containsString("Médiateur ou médiatrice")))
                .andExpect(content().string(containsString("href=\"/mediateur/points/" + bretenoux + "\"")))
                .andExpect(content().string(containsString("ESP@P Bretenoux")))
                .andExpect(content().string(not(containsString("ESP@P Gourdon"))))
                .andExpect(content().string(not(containsString("/admin/"))));
    }

    @Test
    void aPartnerIsLedToTheirOrganisation() throws Exception {
        mvc.perform(get("/espace").with(SignedIn.as(users, SignedIn.PARTNER_AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agent d’un organisme partenaire")))
                .andExpect(content().string(containsString("Caisse d’allocations familiales du Lot")))
                .andExpect(content().string(containsString("href=\"/organisme\"")))
                .andExpect(content().string(not(containsString("/admin/"))));
    }

    @Test
    void anonymousPeopleAreAskedToSignIn() throws Exception {
        mvc.perform(get("/espace")).andExpect(redirectedUrl("/connexion"));
    }
}
