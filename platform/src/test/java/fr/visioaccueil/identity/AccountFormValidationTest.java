package fr.visioaccueil.identity;

import static fr.visioaccueil.identity.SignedIn.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.shared.StaffRole;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input on the account forms: a French message next to the field, a 400, what was typed kept, nothing saved. */
@PlatformTest
@AutoConfigureMockMvc
class AccountFormValidationTest {

    private static final String LONG = "x".repeat(121);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badAccounts() {
        return Stream.of(
                Arguments.of("", "", "MEDIATOR", "", "1", "Ce champ est obligatoire."),
                Arguments.of("long@espap46.example", LONG, "COORDINATOR", "", "", "doit faire au plus 120 caractères."),
                Arguments.of("pas-une-adresse", "Sans Arobase", "COORDINATOR", "", "", "Adresse électronique incorrecte"),
                Arguments.of("Claire.LAFON@espap46.example", "Doublon", "COORDINATOR", "", "",
                        "Un compte existe déjà avec cette adresse électronique."),
                Arguments.of("sans.organisme@espap46.example", "Sans Organisme", "PARTNER_AGENT", "", "",
                        "Choisissez l’organisme de cet agent ou de ce correspondant."),
                Arguments.of("organisme.fantome@espap46.example", "Fantôme", "PARTNER_AGENT", "999999", "",
                        "Cet organisme n’existe pas"),
                Arguments.of("coordo.organisme@espap46.example", "Coordo", "COORDINATOR", "1", "",
                        "Seuls les agents et correspondants des organismes sont rattachés à un organisme"),
                Arguments.of("point.fantome@espap46.example", "Point Fantôme", "MEDIATOR", "", "999999",
                        "Un des points choisis n’existe pas"),
                Arguments.of("sans.point@espap46.example", "Sans Point", "MEDIATOR", "", "",
                        "Choisissez au moins un point d’accueil pour ce médiateur."),
                Arguments.of("point.bizarre@espap46.example", "Point Bizarre", "MEDIATOR", "", "abc",
                        "Choisissez les points dans la liste."),
                Arguments.of("role.inconnu@espap46.example", "Rôle Inconnu", "BOSS", "", "",
                        "Choisissez un rôle dans la liste."));
    }

    @ParameterizedTest
    @MethodSource("badAccounts")
    void refusesABadNewAccountWithAMessageAndSavesNothing(String email, String name, String role,
                                                         String organisation, String point, String message)
            throws Exception {
        int before = accounts.all().size();
        MockHttpServletRequestBuilder request = post("/admin/comptes").with(SignedIn.as(users, COORDINATOR))
                .with(csrf()).param("email", email).param("displayName", name).param("role", role)
                .param("organisationId", organisation);
        if (!point.isEmpty()) {
            request.param("pointIds", point);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"" + email + "\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(accounts.all()).hasSize(before);
    }

    @Test
    void refusesAnEditThatBreaksTheRulesAndKeepsTheAccountAsItWas() throws Exception {
        long id = directory.create(new NewStaffAccount("stays.same@espap46.example", "Reste Pareil",
                StaffRole.MEDIATOR, null, Set.of(firstPoint()), true));
        mvc.perform(post("/admin/comptes/" + id).with(SignedIn.as(users, COORDINATOR)).with(csrf())
                        .param("email", "stays.same@espap46.example").param("displayName", "Nouveau Nom")
                        .param("role", "PARTNER_CORRESPONDENT").param("pointIds", String.valueOf(firstPoint()))
                        .param("trained", "true").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("value=\"Nouveau Nom\"")))
                .andExpect(content().string(containsString("Seuls les médiateurs sont rattachés à des points")))
                .andExpect(content().string(containsString("La mention « formé » ne concerne que les médiateurs")))
                .andExpect(content().string(containsString("Choisissez l’organisme")));

        StaffAccount unchanged = accounts.findById(id).orElseThrow();
        assertThat(unchanged.displayName()).isEqualTo("Reste Pareil");
        assertThat(unchanged.role()).isEqualTo(StaffRole.MEDIATOR);
        assertThat(unchanged.version()).isZero();
    }

    @Test
    void refusesAnEditWithATamperedPointOrWithoutVersion() throws Exception {
        long id = directory.create(new NewStaffAccount("tampered@espap46.example", "Altéré",
                StaffRole.MEDIATOR, null, Set.of(firstPoint()), false));
        mvc.perform(post("/admin/comptes/" + id).with(SignedIn.as(users, COORDINATOR)).with(csrf())
                        .param("email", "tampered@espap46.example").param("displayName", "Altéré")
                        .param("role", "MEDIATOR").param("pointIds", "abc").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez les points dans la liste.")));
        mvc.perform(post("/admin/comptes/" + id).with(SignedIn.as(users, COORDINATOR)).with(csrf())
                        .param("email", "tampered@espap46.example").param("displayName", "Sans Version")
                        .param("role", "MEDIATOR").param("pointIds", String.valueOf(firstPoint())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rechargez la page et recommencez.")));
        assertThat(accounts.findById(id).orElseThrow().displayName()).isEqualTo("Altéré");
    }

    @Test
    void theCoordinatorCannotChangeTheirOwnRole() throws Exception {
        StaffAccount self = accounts.findByEmail(COORDINATOR).orElseThrow();
        mvc.perform(post("/admin/comptes/" + self.id()).with(SignedIn.as(users, COORDINATOR)).with(csrf())
                        .param("email", COORDINATOR).param("displayName", self.displayName())
                        .param("role", "MEDIATOR").param("pointIds", String.valueOf(firstPoint()))
                        .param("version", String.valueOf(self.version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vous ne pouvez pas changer votre propre rôle")));
        assertThat(accounts.findById(self.id()).orElseThrow().role()).isEqualTo(StaffRole.COORDINATOR);
    }

    private long firstPoint() {
        return jdbc.sql("SELECT min(id) FROM point").query(Long.class).single();
    }
}
