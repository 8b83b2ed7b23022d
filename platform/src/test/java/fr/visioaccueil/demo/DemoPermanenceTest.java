package fr.visioaccueil.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.shared.NetworkTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo network can be booked at once: the retirement fund's permanence offers Friday-morning slots online at
 * the points under its convention, with what to bring, and none elsewhere.
 */
@PlatformTest
@AutoConfigureMockMvc
class DemoPermanenceTest {

    static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"\\d+_(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theRetirementFundOffersFridayMorningSlotsAtThePointsUnderItsConventionOnly() throws Exception {
        long cram = jdbc.sql("SELECT id FROM organisation WHERE short_name = 'CRAM'").query(Long.class).single();
        long motif = jdbc.sql("SELECT id FROM booking_motif WHERE organisation_id = :o AND label = 'Demande de retraite'")
                .param("o", cram).query(Long.class).single();
        String served = jdbc.sql("""
                SELECT min(p.slug) FROM point p JOIN convention c ON c.point_id = p.id AND c.organisation_id = :o""")
                .param("o", cram).query(String.class).single();
        String elsewhere = jdbc.sql("""
                SELECT min(slug) FROM point WHERE id NOT IN (SELECT point_id FROM convention WHERE organisation_id = :o)""")
                .param("o", cram).query(String.class).single();

        String page = page(served, cram, motif);
        assertThat(page).contains("Votre relevé de carrière et votre dernier avis d’imposition");
        List<ZonedDateTime> slots = SLOT.matcher(page).results()
                .map(slot -> Instant.ofEpochSecond(Long.parseLong(slot.group(1))).atZone(NetworkTime.ZONE)).toList();
        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(slot.getHour()).isBetween(9, 10);
        });
        assertThat(SLOT.matcher(page(elsewhere, cram, motif)).results()).isEmpty();
    }

    private String page(String slug, long organisation, long motif) throws Exception {
        return mvc.perform(get("/points/" + slug + "/rendez-vous").param("organisme", String.valueOf(organisation))
                        .param("motif", String.valueOf(motif)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
