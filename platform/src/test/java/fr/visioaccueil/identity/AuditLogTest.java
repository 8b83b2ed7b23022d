package fr.visioaccueil.identity;

import static fr.visioaccueil.identity.SignedIn.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.PointDetails;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change to the registry and to accounts leaves an entry: who, when, what changed; never a password. */
@PlatformTest
@AutoConfigureMockMvc
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Points points;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRegistryChangeIsLoggedInsideItsOwnTransaction() {
        UserDetails coordinator = users.loadUserByUsername(COORDINATOR);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
        Point point = points.all().get(0);

        List<String> inside = transaction.execute(status -> {
            points.update(point.getId(), point.getVersion(), withPhone(point.details(), "05 65 99 99 99"));
            status.setRollbackOnly();
            return entriesFor("POINT", point.getId());
        });

        assertThat(inside).anySatisfy(entry -> assertThat(entry)
                .isEqualTo(COORDINATOR + "|UPDATE|" + point.getName() + "|téléphone : "
                        + (point.details().phone() == null ? "(vide)" : point.details().phone()) + " → 05 65 99 99 99"));
        // rolled back together: neither the change nor its entry remain
        assertThat(points.get(point.getId()).details().phone()).isEqualTo(point.details().phone());
        assertThat(entriesFor("POINT", point.getId())).noneMatch(entry -> entry.contains("05 65 99 99 99"));
    }

    @Test
    void everyAccountChangeIsLoggedWithTheCoordinatorAsActorAndWithoutPasswords() throws Exception {
        long id = directory.create(new NewStaffAccount("journal@espap46.example", "Jules Journal",
                StaffRole.MEDIATOR, null, Set.of(points.all().get(0).getId()), false));
        directory.setPassword(id, "secret du journal de bord");
        mvc.perform(post("/admin/comptes/" + id).with(SignedIn.as(users, COORDINATOR)).with(csrf())
                        .param("email", "journal@espap46.example").param("displayName", "Julie Journal")
                        .param("role", "MEDIATOR").param("pointIds", String.valueOf(points.all().get(0).getId()))
                        .param("trained", "true").param("version", "0"))
                .andExpect(redirectedUrl("/admin/comptes/" + id));
        for (String verb : new String[] {"desactiver", "activer", "deverrouiller", "invitation"}) {
            mvc.perform(post("/admin/comptes/" + id + "/" + verb).with(SignedIn.as(users, COORDINATOR)).with(csrf()));
        }

        List<String> entries = entriesFor("ACCOUNT", id);
        assertThat(entries).hasSize(7);
        assertThat(entries.get(0)).startsWith("système|CREATE|Jules Journal <journal@espap46.example>|")
                .contains("rôle : Médiateur ou médiatrice", "points : ESP@P");
        assertThat(entries.get(1)).startsWith("système|PASSWORD_SET|");
        assertThat(entries.get(2)).isEqualTo(COORDINATOR
                + "|UPDATE|Julie Journal <journal@espap46.example>|nom : Jules Journal → Julie Journal ; formé : non → oui");
        assertThat(entries.subList(3, 7)).extracting(entry -> entry.split("\\|")[1])
                .containsExactly("DISABLE", "ENABLE", "UNLOCK", "INVITE");
        assertThat(entries).allMatch(entry -> entry.startsWith(COORDINATOR) || entry.startsWith("système"))
                .noneMatch(entry -> entry.contains("secret du journal"));
    }

    @Test
    void theJournalShowsTheNewestFirstInParisTimeAndFilters() throws Exception {
        long id = directory.create(new NewStaffAccount("recent@espap46.example", "Toute Récente",
                StaffRole.COORDINATOR, null, Set.of(), false));
        String when = jdbc.sql("""
                SELECT to_char(occurred_at AT TIME ZONE 'Europe/Paris', 'HH24:MI') FROM audit_entry
                 WHERE subject_id = :id AND action = 'CREATE' AND subject_type = 'ACCOUNT'""")
                .param("id", String.valueOf(id)).query(String.class).single();

        String page = mvc.perform(get("/admin/journal").param("type", "ACCOUNT").param("auteur", "système")
                        .with(SignedIn.as(users, COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String firstRow = page.substring(page.indexOf("<tbody>"), page.indexOf("</tr>", page.indexOf("<tbody>")));
        assertThat(firstRow).contains("Toute Récente", "Création", "Compte", " à " + when);
        assertThat(page).doesNotContain("Point d’accueil :");

        mvc.perform(get("/admin/journal").param("page", "2").with(SignedIn.as(users, COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 sur")))
                .andExpect(content().string(containsString("Page précédente")));
    }

    @Test
    void onlyTheCoordinatorReadsTheJournal() throws Exception {
        mvc.perform(get("/admin/journal").with(SignedIn.as(users, SignedIn.MEDIATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/journal").with(SignedIn.as(users, SignedIn.PARTNER_AGENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/journal")).andExpect(redirectedUrl("/connexion"));
    }

    private List<String> entriesFor(String type, long id) {
        return jdbc.sql("""
                SELECT actor || '|' || action || '|' || summary || '|' || changes FROM audit_entry
                 WHERE subject_type = :type AND subject_id = :id ORDER BY id""")
                .param("type", type).param("id", String.valueOf(id)).query(String.class).list();
    }

    private static PointDetails withPhone(PointDetails d, String phone) {
        return new PointDetails(d.name(), d.commune(), d.communityId(), d.address(), d.postcode(), d.hostType(),
                d.hostName(), d.confidentialRoom(), d.hasCamera(), d.hasScanner(), d.hasPrinter(), d.accessibility(),
                phone, d.email(), d.openData());
    }
}
