package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class ClosuresTest extends RegistryWebTest {

    @Autowired
    StaffDirectory staffDirectory;

    @Test
    void theCoordinatorAddsThenRemovesAClosureAndThePublicPagesSeeItAtOnce() throws Exception {
        Point point = newPoint("ESP@P Fermetures");
        Point shown = points.findBySlug(point.getSlug()).orElseThrow();
        assertThat(points.findBySlug(point.getSlug())).containsSame(shown);
        assertThat(shown.getClosures()).isEmpty();
        mvc.perform(post("/admin/points/{id}/fermetures", point.getId()).with(coordinator()).with(csrf())
                        .param("firstDay", "2031-12-24").param("lastDay", "2031-12-26").param("reason", "Noël"))
                .andExpect(redirectedUrl("/admin/points/" + point.getId()));
        Point closed = points.get(point.getId());
        assertThat(closed.getClosures()).containsExactly(
                new Closure(LocalDate.of(2031, 12, 24), LocalDate.of(2031, 12, 26), "Noël"));
        assertThat(points.findBySlug(point.getSlug()).orElseThrow().getClosures()).isEqualTo(closed.getClosures());

        mvc.perform(post("/admin/points/{id}/fermetures/supprimer", point.getId()).with(coordinator()).with(csrf())
                        .param("index", "0").param("version", String.valueOf(closed.getVersion())))
                .andExpect(redirectedUrl("/admin/points/" + point.getId()));
        assertThat(points.get(point.getId()).getClosures()).isEmpty();
        assertThat(points.findBySlug(point.getSlug()).orElseThrow().getClosures()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartAnEmptyReasonOrAnOverLongOneAreFieldErrors() throws Exception {
        Point point = newPoint("ESP@P Fermeture incorrecte");
        String before = fingerprint();
        mvc.perform(post("/admin/points/{id}/fermetures", point.getId()).with(coordinator()).with(csrf())
                        .param("firstDay", "2031-12-24").param("lastDay", "2031-12-20").param("reason", "Noël"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("closureForm", "lastDay", "closure.endBeforeStart"))
                .andExpect(content().string(containsString("La fin de la fermeture doit être le même jour ou après son début.")))
                .andExpect(content().string(containsString("value=\"2031-12-20\"")));
        mvc.perform(post("/admin/points/{id}/fermetures", point.getId()).with(coordinator()).with(csrf())
                        .param("firstDay", "2031-12-24").param("lastDay", "").param("reason", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("closureForm", "lastDay", "reason"))
                .andExpect(content().string(containsString("Ce champ doit faire au plus 200 caractères.")));
        mvc.perform(post("/admin/points/{id}/fermetures", point.getId()).with(coordinator()).with(csrf())
                        .param("firstDay", "24/12/2031").param("lastDay", "2031-12-26").param("reason", "Inventaire"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("closureForm", "firstDay", "typeMismatch"))
                .andExpect(content().string(containsString("Date incorrecte")))
                .andExpect(content().string(containsString("value=\"24/12/2031\"")))
                .andExpect(content().string(containsString("value=\"Inventaire\"")));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void removingWithAStaleVersionIsAConflict() throws Exception {
        Point point = newPoint("ESP@P Fermeture périmée");
        points.addClosure(point.getId(), new Closure(LocalDate.of(2031, 1, 2), LocalDate.of(2031, 1, 2), "Inventaire"));
        String before = fingerprint();
        mvc.perform(post("/admin/points/{id}/fermetures/supprimer", point.getId()).with(coordinator()).with(csrf())
                .param("index", "0").param("version", String.valueOf(point.getVersion())))
                .andExpect(status().isConflict());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aMediatorManagesTheClosuresOfTheirOwnPointsOnly() throws Exception {
        Point own = newPoint("ESP@P du médiateur");
        Point other = newPoint("ESP@P d’un autre");
        RequestPostProcessor mediator = mediatorOf(own, "mediateur.fermetures@espap46.example");

        mvc.perform(post("/mediateur/points/{id}/fermetures", own.getId()).with(mediator).with(csrf())
                        .param("firstDay", "2031-05-01").param("lastDay", "2031-05-01").param("reason", "Fête du travail"))
                .andExpect(redirectedUrl("/mediateur/points/" + own.getId()));
        Point closed = points.get(own.getId());
        assertThat(closed.getClosures()).hasSize(1);

        String before = fingerprint();
        mvc.perform(post("/mediateur/points/{id}/fermetures", other.getId()).with(mediator).with(csrf())
                        .param("firstDay", "2031-05-01").param("lastDay", "2031-05-01").param("reason", "Intrusion"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/points/{id}/fermetures", own.getId()).with(mediator).with(csrf())
                        .param("firstDay", "2031-05-08").param("lastDay", "2031-05-08").param("reason", "Par l’admin"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/mediateur/points/{id}/fermetures/supprimer", other.getId()).with(mediator).with(csrf())
                .param("index", "0").param("version", "0")).andExpect(status().isForbidden());
        assertThat(fingerprint()).isEqualTo(before);

        mvc.perform(post("/mediateur/points/{id}/fermetures/supprimer", own.getId()).with(mediator).with(csrf())
                        .param("index", "0").param("version", String.valueOf(closed.getVersion())))
                .andExpect(redirectedUrl("/mediateur/points/" + own.getId()));
        assertThat(points.get(own.getId()).getClosures()).isEmpty();
    }

    @Test
    void aMediatorSeesTheirPointsAndNoOther() throws Exception {
        RequestPostProcessor claire = staff.as(StaffSessions.MEDIATOR_BRETENOUX);
        long bretenoux = pointNamed("ESP@P Bretenoux");
        mvc.perform(get("/mediateur/points").with(claire)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ESP@P Bretenoux")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ESP@P Gourdon"))));
        mvc.perform(get("/mediateur/points/{id}", bretenoux).with(claire)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Congés d’été")))
                .andExpect(content().string(containsString("Mission Locale du Lot")))
                .andExpect(content().string(containsString("13h30 – 17h00")));
        mvc.perform(get("/mediateur/points/{id}", pointNamed("ESP@P Gourdon")).with(claire))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mediateur/points/{id}", 999999).with(claire)).andExpect(status().isForbidden());
        mvc.perform(get("/mediateur/points").with(coordinator())).andExpect(status().isForbidden());
    }

    private RequestPostProcessor mediatorOf(Point point, String email) {
        staffDirectory.create(new NewStaffAccount(email, "Médiateur Test", StaffRole.MEDIATOR, null,
                Set.of(point.getId()), true));
        return staff.as(email);
    }
}
