package fr.visioaccueil.booking;

import fr.visioaccueil.shared.NetworkTime;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The correspondent deletes a permanence that has not started and never held an appointment; any other one is
 * refused in French (end it instead) and nothing changes.
 */
@PlatformTest
@AutoConfigureMockMvc
class PermanenceDeletionWebTest extends BookingPagesTest {

    static final String CORRESPONDENT = BookingFixtures.CORRESPONDENT_CAF;

    @Autowired
    Bookings bookings;

    long coming;

    @BeforeEach
    void comingPermanence() {
        coming = context.getBean(Permanences.class).create(new PermanenceDraft(fixtures.caf, 20,
                LocalDate.now(SlotCalendar.PARIS).plusDays(3), LocalDate.now(SlotCalendar.PARIS).plusDays(40),
                Set.of(fixtures.agentId), Set.of(fixtures.bretenoux),
                BookingFixtures.weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))), fixtures.staff(CORRESPONDENT));
    }

    @Test
    void aPermanenceNotStartedAndNeverBookedIsDeleted() throws Exception {
        mvc.perform(get("/organisme/permanences/" + coming + "/modifier").with(sessions.as(CORRESPONDENT)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Supprimer la permanence")));

        mvc.perform(delete(coming, 0)).andExpect(redirectedUrl("/organisme/permanences"))
                .andExpect(flash().attribute("flash", "booking.permanence.deleted"));

        assertThat(count("permanence", coming)).isZero();
        assertThat(count("permanence_range", coming)).isZero();
    }

    @Test
    void aStartedOrBookedPermanenceIsRefusedInFrenchAndKept() throws Exception {
        Slot slot = context.getBean(FreeSlots.class).free(fixtures.motif, fixtures.bretenoux, LocalDate.now(NetworkTime.ZONE),
                LocalDate.now(NetworkTime.ZONE).plusDays(27)).stream().filter(s -> s.permanenceId() == coming).findFirst().orElseThrow();
        bookings.book(fixtures.request(slot, new Citizen("Usager Garde", "garde@exemple.fr", null)), null);
        String before = BookingDigest.of(jdbc);

        mvc.perform(delete(fixtures.permanenceId, 0)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Cette permanence a déjà commencé")));
        mvc.perform(delete(coming, 0)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Des rendez-vous ont été pris sur cette permanence")));

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aStaleForeignOrAgentDeleteChangesNothing() throws Exception {
        String before = BookingDigest.of(jdbc);

        mvc.perform(delete(coming, 7)).andExpect(status().isConflict());
        mvc.perform(delete(coming, 0).with(sessions.as("correspondant.anpe@espap46.example")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(coming, 0).with(sessions.as(fixtures.agentEmail))).andExpect(status().isForbidden());
        mvc.perform(delete(999999, 0)).andExpect(status().isNotFound());

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder delete(long permanence, int version) {
        return post("/organisme/permanences/" + permanence + "/supprimer").with(csrf())
                .with(sessions.as(CORRESPONDENT)).param("version", String.valueOf(version));
    }

    private long count(String table, long permanence) {
        String column = table.equals("permanence") ? "id" : "permanence_id";
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :id").param("id", permanence)
                .query(Long.class).single();
    }
}
