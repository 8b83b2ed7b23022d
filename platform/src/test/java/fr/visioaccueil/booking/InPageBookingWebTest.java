package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.network.Points;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The booking form as the page's script posts it (Accept: application/json): the confirmation's address, a slot
 * taken meanwhile answered with the day's free slots and the next ones, bad input with each field's error in
 * French, nothing changed by a refusal, and the mediator's page under the same rules of scope.
 */
@PlatformTest
@AutoConfigureMockMvc
class InPageBookingWebTest extends BookingPagesTest {

    static final String EMAIL_REFUSED = "Adresse électronique incorrecte, par exemple prenom.nom@exemple.fr.";

    @Autowired
    Points points;

    MockHttpServletRequestBuilder online(String slot, String email) {
        return post("/points/" + points.get(fixtures.bretenoux).getSlug() + "/rendez-vous").with(csrf())
                .accept(MediaType.APPLICATION_JSON)
                .param("organisationId", String.valueOf(fixtures.caf))
                .param("motifId", String.valueOf(fixtures.motif.id())).param("slot", slot)
                .param("citizenName", "Jeanne Usagère").param("email", email).param("phone", "");
    }

    @Test
    void aBookingIsAnsweredWithTheConfirmationsAddress() throws Exception {
        String slot = SlotChoice.of(fixtures.freeSlots().get(0)).getValue();
        String location = mvc.perform(online(slot, "jeanne@exemple.fr"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value(201))
                .andExpect(jsonPath("$.adresse").value(matchesPattern("/rendez-vous/[A-Za-z0-9_-]{43}\\?confirme")))
                .andReturn().getResponse().getHeader("Location");

        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE manage_token_hash = :h")
                .param("h", ManageTokens.hash(location.substring(13, 56))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSlotTakenMeanwhileIsAnsweredWithTheDaysFreeSlotsAndTheNextOnes() throws Exception {
        Slot first = fixtures.freeSlots().get(0);
        String slot = SlotChoice.of(first).getValue();
        mvc.perform(online(slot, "premier@exemple.fr")).andExpect(status().isCreated());
        String before = BookingDigest.of(jdbc);
        List<String> next = context.getBean(FreeSlots.class).offered(fixtures.motif, fixtures.bretenoux).stream()
                .filter(free -> free.start().isAfter(first.start())).limit(BookingPage.NEXT_OFFERED)
                .map(free -> SlotChoice.of(free).getValue()).toList();

        mvc.perform(online(slot, "second@exemple.fr"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.erreur").value("Ce créneau vient d’être pris."))
                .andExpect(jsonPath("$.creneauxLibres", not(hasItem(slot))))
                .andExpect(jsonPath("$.creneauxLibres", hasItem(next.get(0))))
                .andExpect(jsonPath("$.prochains[*].creneau", contains(next.toArray())))
                .andExpect(jsonPath("$.prochains[*].libelle", everyItem(matchesPattern("\\p{L}+ \\d{1,2} \\p{L}+ \\d{4} \\d{2}h\\d{2}"))));
        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void badInputGetsEachFieldsErrorInFrenchAndChangesNothing() throws Exception {
        String slot = SlotChoice.of(fixtures.freeSlots().get(0)).getValue();
        String before = BookingDigest.of(jdbc);

        mvc.perform(online(slot, "jeanne@exemple"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.erreur").value(EMAIL_REFUSED))
                .andExpect(jsonPath("$.champs.email").value(EMAIL_REFUSED));
        mvc.perform(online("n'importe quoi", "jeanne@exemple.fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.champs.slot").value(matchesPattern("Choisissez un créneau libre.*")));
        mvc.perform(online(slot, "jeanne@exemple.fr").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theMediatorBooksInPageAtTheirPointOnly() throws Exception {
        String slot = SlotChoice.of(fixtures.freeSlots().get(0)).getValue();
        String before = BookingDigest.of(jdbc);
        mvc.perform(mediator("nadia.cayrou@espap46.example", slot)).andExpect(status().isForbidden());
        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);

        mvc.perform(mediator(BookingFixtures.MEDIATOR_BRETENOUX, slot))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/mediateur/rendez-vous/\\d+\\?confirme")))
                .andExpect(jsonPath("$.adresse").value(matchesPattern("/mediateur/rendez-vous/\\d+\\?confirme")));
    }

    private MockHttpServletRequestBuilder mediator(String email, String slot) {
        return post("/mediateur/rendez-vous/nouveau").with(csrf()).with(sessions.as(email))
                .accept(MediaType.APPLICATION_JSON)
                .param("point", String.valueOf(fixtures.bretenoux))
                .param("organisationId", String.valueOf(fixtures.caf))
                .param("motifId", String.valueOf(fixtures.motif.id())).param("slot", slot)
                .param("citizenName", "Paul Sans Courriel").param("email", "").param("phone", "");
    }
}
