package fr.visioaccueil.identity;

import static fr.visioaccueil.identity.SignedIn.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.visioaccueil.LocalSmtp;
import fr.visioaccueil.PlatformTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A real SMTP exchange (GreenMail on 127.0.0.1): the coordinator creates an account, the person receives the
 * link, chooses a password with it and signs in; the link works once and not after it expired.
 */
@PlatformTest
@AutoConfigureMockMvc
class InvitationMailTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/mot-de-passe/choisir\\?jeton=[A-Za-z0-9_-]+");
    private static final String PASSWORD = "les noyers de la vallée du Célé";

    @RegisterExtension
    static final GreenMailExtension SMTP = LocalSmtp.server();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        LocalSmtp.use(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theInvitedPersonChoosesAPasswordWithTheLinkAndSignsIn() throws Exception {
        String link = invite("lucie.delmas@espap46.example", "Lucie Delmas");

        mvc.perform(get(path(link))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lucie Delmas")));
        mvc.perform(choose(link, PASSWORD)).andExpect(redirectedUrl("/connexion"))
                .andExpect(flash().attribute("flash", "password.chosen"));
        mvc.perform(formLogin("/connexion").userParameter("email").user("lucie.delmas@espap46.example")
                        .password(PASSWORD))
                .andExpect(authenticated()).andExpect(redirectedUrl("/espace"));
    }

    @Test
    void theSameLinkCannotBeUsedTwice() throws Exception {
        String link = invite("bruno.vayssie@espap46.example", "Bruno Vayssié");
        mvc.perform(choose(link, PASSWORD)).andExpect(redirectedUrl("/connexion"));
        String hash = accounts.findByEmail("bruno.vayssie@espap46.example").orElseThrow().passwordHash();

        mvc.perform(get(path(link))).andExpect(status().isGone())
                .andExpect(content().string(containsString("Ce lien a déjà servi")));
        mvc.perform(choose(link, "un autre mot de passe bien long")).andExpect(status().isGone());
        assertThat(accounts.findByEmail("bruno.vayssie@espap46.example").orElseThrow().passwordHash()).isEqualTo(hash);
        mvc.perform(formLogin("/connexion").userParameter("email").user("bruno.vayssie@espap46.example")
                .password("un autre mot de passe bien long")).andExpect(unauthenticated());
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() throws Exception {
        String link = invite("eric.bach@espap46.example", "Éric Bach");
        jdbc.sql("UPDATE password_token SET expires_at = now() - interval '1 minute' WHERE account_id = :id")
                .param("id", accounts.findByEmail("eric.bach@espap46.example").orElseThrow().id()).update();

        mvc.perform(get(path(link))).andExpect(status().isGone())
                .andExpect(content().string(containsString("Ce lien a expiré")));
        mvc.perform(choose(link, PASSWORD)).andExpect(status().isGone());
        assertThat(accounts.findByEmail("eric.bach@espap46.example").orElseThrow().hasPassword()).isFalse();
    }

    @Test
    void aNewInvitationReplacesThePreviousLinkAndAnUnknownTokenIsNotFound() throws Exception {
        String first = invite("marie.cayla@espap46.example", "Marie Cayla");
        long id = accounts.findByEmail("marie.cayla@espap46.example").orElseThrow().id();
        mvc.perform(post("/admin/comptes/" + id + "/invitation").with(SignedIn.as(users, COORDINATOR)).with(csrf()))
                .andExpect(flash().attribute("flash", "invitation.sent"));
        String second = linkIn(SMTP.getReceivedMessagesForDomain("marie.cayla@espap46.example")[1]);

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(path(first))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ce lien n’est pas valable")));
        mvc.perform(get("/mot-de-passe/choisir?jeton=inconnu")).andExpect(status().isNotFound());
        mvc.perform(get("/mot-de-passe/choisir")).andExpect(status().isNotFound());
        mvc.perform(get(path(second))).andExpect(status().isOk());
    }

    @Test
    void theChosenPasswordMustFollowTheRulesAndTheLinkStaysUsable() throws Exception {
        String link = invite("rose.lacoste@espap46.example", "Rose Lacoste");
        mvc.perform(choose(link, "court")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("au moins 12 caractères")));
        mvc.perform(choose(link, "rose.lacoste@espap46.example")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ne doit pas reprendre votre adresse électronique")));
        mvc.perform(choose(link, "azertyuiop123")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("trop facile à deviner")));
        mvc.perform(choose(link, PASSWORD).param("confirmation", "autre chose"))
                .andExpect(status().isBadRequest());
        assertThat(accounts.findByEmail("rose.lacoste@espap46.example").orElseThrow().hasPassword()).isFalse();

        mvc.perform(choose(link, PASSWORD)).andExpect(redirectedUrl("/connexion"));
    }

    /** Creates the account as the coordinator and returns the link of the e-mail the person received. */
    private String invite(String email, String name) throws Exception {
        mvc.perform(post("/admin/comptes").with(SignedIn.as(users, COORDINATOR)).with(csrf())
                        .param("email", email).param("displayName", name).param("role", "COORDINATOR"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "invitation.sent"))
                .andExpect(flash().attributeCount(1));
        MimeMessage[] received = SMTP.getReceivedMessagesForDomain(email);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("choisissez votre mot de passe");
        return linkIn(received[0]);
    }

    private static String linkIn(MimeMessage message) throws Exception {
        Matcher matcher = LINK.matcher((String) message.getContent());
        assertThat(matcher.find()).as("a link in the e-mail").isTrue();
        return matcher.group();
    }

    private static String path(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder choose(
            String link, String password) {
        String token = link.substring(link.indexOf("jeton=") + "jeton=".length());
        return post("/mot-de-passe/choisir").with(csrf()).param("jeton", token)
                .param("password", password).param("confirmation", password);
    }
}
