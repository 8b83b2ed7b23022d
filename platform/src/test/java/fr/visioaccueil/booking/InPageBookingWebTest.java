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
import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.NetworkTime;
import fr.visioaccueil.shared.StaffRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
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
        return online(fixtures.caf, fixtures.motif.id(), slot, email);
    }

    MockHttpServletRequestBuilder online(long organisation, long motif, String slot, String email) {
        return post("/rendez-vous/nouveau").param("point", points.get(fixtures.bretenoux).getSlug())
                .with(csrf())
                .accept(MediaType.APPLICATION_JSON)
                .param("organisationId", String.valueOf(organisation))
                .param("motifId", String.valueOf(motif)).param("slot", slot)
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

    /**
     * A CPAM permanence of one hour on one weekday at Bretenoux, its agent away the week after: when the last slot
     * of the day is taken, the next free ones are those of the week after next, found past an empty week.
     */
    @Test
    void theNextFreeSlotsAreFoundWeeksLaterWhenTheDaysBetweenHaveNone() throws Exception {
        LocalDate day = LocalDate.now(NetworkTime.ZONE).plusDays(2);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        long cpam = jdbc.sql("SELECT id FROM organisation WHERE short_name = 'CPAM'").query(Long.class).single();
        String agent = "agent-" + UUID.randomUUID() + "@test.example";
        long agentId = context.getBean(StaffDirectory.class).create(new NewStaffAccount(agent, "Agent CPAM",
                StaffRole.PARTNER_AGENT, cpam, Set.of(), false));
        long permanence = jdbc.sql("""
                        INSERT INTO permanence (organisation_id, slot_minutes, first_day, last_day)
                        VALUES (:cpam, 20, :day, :day + 30) RETURNING id""")
                .param("cpam", cpam).param("day", day).query(Long.class).single();
        jdbc.sql("INSERT INTO permanence_agent VALUES (:p, :agent)").param("p", permanence).param("agent", agentId)
                .update();
        jdbc.sql("INSERT INTO permanence_point VALUES (:p, :point)").param("p", permanence)
                .param("point", fixtures.bretenoux).update();
        jdbc.sql("INSERT INTO permanence_range VALUES (:p, :weekday, TIME '09:00', TIME '10:00')")
                .param("p", permanence).param("weekday", day.getDayOfWeek().getValue()).update();
        jdbc.sql("""
                        INSERT INTO agent_absence (organisation_id, agent_account_id, starts_at, ends_at)
                        VALUES (:cpam, :agent, :from, :to)""")
                .param("cpam", cpam).param("agent", agentId).param("from", Timestamp.from(at(day.plusDays(7), 0)))
                .param("to", Timestamp.from(at(day.plusDays(8), 0))).update();
        long motif = jdbc.sql("""
                        INSERT INTO booking_motif (organisation_id, label, duration_minutes)
                        VALUES (:cpam, :label, 20) RETURNING id""")
                .param("cpam", cpam).param("label", "Carte Vitale " + UUID.randomUUID()).query(Long.class).single();
        String last = permanence + "_" + at(day, 9).plusSeconds(40 * 60).getEpochSecond();
        mvc.perform(online(cpam, motif, last, "premier@exemple.fr")).andExpect(status().isCreated());

        mvc.perform(online(cpam, motif, last, "second@exemple.fr"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.creneauxLibres", contains(slotsFrom(permanence, day, 2).toArray())))
                .andExpect(jsonPath("$.prochains[*].creneau",
                        contains(slotsFrom(permanence, day.plusDays(14), 3).toArray())));
    }

    /** The first slots of that permanence on that day, from 9:00, every 20 minutes. */
    private static List<String> slotsFrom(long permanence, LocalDate day, int count) {
        return IntStream.range(0, count).mapToObj(n -> permanence + "_"
                + at(day, 9).plusSeconds(n * 20 * 60L).getEpochSecond()).toList();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(NetworkTime.ZONE).toInstant();
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
