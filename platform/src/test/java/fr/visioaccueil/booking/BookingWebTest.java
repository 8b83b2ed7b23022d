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
import fr.visioaccueil.network.Points;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Booking through the pages: the happy paths, and every bad input refused in French with nothing changed. */
@PlatformTest
@AutoConfigureMockMvc
class BookingWebTest extends BookingPagesTest {

    @Autowired
    Points points;
    @LocalServerPort
    int port;

    String slug;

    @BeforeEach
    void slug() {
        slug = points.get(fixtures.bretenoux).getSlug();
    }

    MockHttpServletRequestBuilder online(String slot, String email, String phone) {
        return post("/rendez-vous/nouveau").param("point", slug).with(csrf())
                .param("organisationId", String.valueOf(fixtures.caf))
                .param("motifId", String.valueOf(fixtures.motif.id())).param("slot", slot)
                .param("citizenName", "Jeanne Usagère").param("email", email).param("phone", phone);
    }

    String value(Slot slot) {
        return SlotChoice.of(slot).getValue();
    }

    @Test
    void theCitizenBooksOnlineWithoutAccountAndGetsThePersonalLinkPage() throws Exception {
        mvc.perform(get("/points/" + slug + "/rendez-vous").param("organisme", String.valueOf(fixtures.caf))
                        .param("motif", String.valueOf(fixtures.motif.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre dernier avis d’imposition")));
        String location = mvc.perform(online(value(fixtures.freeSlots().get(0)), "jeanne@exemple.fr", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/rendez-vous/[A-Za-z0-9_-]{43}\\?confirme");
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre rendez-vous est réservé.")));
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE manage_token_hash = :h")
                .param("h", ManageTokens.hash(location.substring(13, 56))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedInFrenchAndChangesNothing() throws Exception {
        Slot free = fixtures.freeSlots().get(0);
        String before = BookingDigest.of(jdbc);
        long past = LocalDate.now(NetworkTime.ZONE).minusDays(1).atTime(9, 0).atZone(SlotCalendar.PARIS).toEpochSecond();

        refused(online(value(free), "jeanne@exemple", ""), "Adresse électronique incorrecte");
        refused(online(value(free), "", "06 12 34"), "Numéro de téléphone incorrect");
        refused(online(value(free), "", ""), "Indiquez une adresse électronique ou un téléphone portable");
        refused(online("n'importe quoi", "jeanne@exemple.fr", ""), "Choisissez un créneau libre");
        refused(online(fixtures.permanenceId + "_" + past, "jeanne@exemple.fr", ""), "Ce créneau est déjà passé");

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aSlotOfAPermanenceNotOpenToThatPointIsRefused() throws Exception {
        long gourdon = fixtures.point("ESP@P Gourdon");
        long elsewhere = context.getBean(Permanences.class).create(new PermanenceDraft(fixtures.caf, 20,
                LocalDate.now(NetworkTime.ZONE), LocalDate.now(NetworkTime.ZONE).plusDays(30), Set.of(fixtures.agentId), Set.of(gourdon),
                BookingFixtures.weekdays(java.time.LocalTime.of(14, 0), java.time.LocalTime.of(16, 0))),
                fixtures.staff(BookingFixtures.CORRESPONDENT_CAF));
        Slot atGourdon = context.getBean(FreeSlots.class).free(fixtures.motif, gourdon, LocalDate.now(NetworkTime.ZONE),
                LocalDate.now(NetworkTime.ZONE).plusDays(27)).stream().filter(s -> s.permanenceId() == elsewhere).findFirst()
                .orElseThrow();
        String before = BookingDigest.of(jdbc);

        refused(online(value(atGourdon), "jeanne@exemple.fr", ""), "Cette permanence n’est pas ouverte à ce point");

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    /**
     * A booking reads its permanence from the copy kept at its version: a change made elsewhere (another node of
     * the platform, here written straight to the database as its edit does) raises the version, and the next
     * booking sees the change.
     */
    @Test
    void aPermanenceChangedElsewhereIsSeenByTheNextBooking() throws Exception {
        mvc.perform(online(value(fixtures.freeSlots().get(0)), "avant@exemple.fr", ""))
                .andExpect(status().is3xxRedirection());
        Slot next = fixtures.freeSlots().get(0);
        jdbc.sql("DELETE FROM permanence_point WHERE permanence_id = :id").param("id", fixtures.permanenceId).update();
        jdbc.sql("UPDATE permanence SET version = version + 1 WHERE id = :id").param("id", fixtures.permanenceId)
                .update();
        String before = BookingDigest.of(jdbc);

        refused(online(value(next), "apres@exemple.fr", ""), "Cette permanence n’est pas ouverte à ce point");

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aCitizenOverTheLimitIsToldSoAndNothingIsBooked() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(online(value(fixtures.freeSlots().get(0)), "limite@exemple.fr", ""))
                    .andExpect(status().is3xxRedirection());
        }
        String before = BookingDigest.of(jdbc);

        refused(online(value(fixtures.freeSlots().get(0)), "LIMITE@exemple.fr ", ""),
                "le nombre maximal de rendez-vous à venir");

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    /** One day's slots at a time, the other days as links; a day without slots shows the next one that has some. */
    @Test
    void thePageShowsTheSlotsOfOneDayAndLinksTheOthers() throws Exception {
        java.util.List<Slot> free = context.getBean(FreeSlots.class).offered(fixtures.motif, fixtures.bretenoux);
        Slot first = free.get(0);
        Slot last = free.get(free.size() - 1);
        String page = "/points/" + slug + "/rendez-vous?organisme=" + fixtures.caf + "&motif=" + fixtures.motif.id();

        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString(radio(first))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(radio(last)))))
                .andExpect(content().string(containsString("jour=" + day(last) + "\"")));
        mvc.perform(get(page + "&jour=" + day(last))).andExpect(status().isOk())
                .andExpect(content().string(containsString(radio(last))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(radio(first)))));
        mvc.perform(get(page + "&jour=" + day(first).minusDays(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString(radio(first))));
        mvc.perform(get(page + "&jour=demain")).andExpect(status().isBadRequest());
    }

    /** The page offers one slot per start time, whichever permanence it comes from. */
    static String radio(Slot slot) {
        return "_" + slot.start().getEpochSecond() + "\"";
    }

    static LocalDate day(Slot slot) {
        return slot.start().atZone(SlotCalendar.PARIS).toLocalDate();
    }

    @Test
    void aTakenSlotIsAnsweredWithTheNextFreeOnes() throws Exception {
        String slot = value(fixtures.freeSlots().get(0));
        mvc.perform(online(slot, "premier@exemple.fr", "")).andExpect(status().is3xxRedirection());

        mvc.perform(online(slot, "second@exemple.fr", "")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ce créneau vient d’être pris.")))
                .andExpect(content().string(containsString("Prochains créneaux libres")));
    }

    @Test
    void theLinkCancelsOnceThenSaysSoAndAForgedLinkOpensNothing() throws Exception {
        String location = mvc.perform(online(value(fixtures.freeSlots().get(0)), "", "06 12 34 56 78"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String link = location.substring(0, location.indexOf('?'));

        mvc.perform(post(link + "/annuler").with(csrf())).andExpect(redirectedUrl(link + "?annule"));
        String before = BookingDigest.of(jdbc);
        mvc.perform(post(link + "/annuler").with(csrf())).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ce rendez-vous est déjà annulé")));
        mvc.perform(get(link.substring(0, link.length() - 2) + "xx")).andExpect(status().isNotFound());
        // the error page itself is rendered by the container's error dispatch, which only real HTTP goes through
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + link + "zz")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("Ce lien ne correspond à aucun rendez-vous");
        mvc.perform(post(link + "x/annuler").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(link + "/annuler")).andExpect(status().isForbidden());

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theLinkMovesTheAppointmentToAnotherFreeSlot() throws Exception {
        String location = mvc.perform(online(value(fixtures.freeSlots().get(0)), "deplace@exemple.fr", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String link = location.substring(0, location.indexOf('?'));
        Slot target = fixtures.freeSlots().get(3);

        mvc.perform(post(link + "/deplacer").with(csrf()).param("slot", value(target)))
                .andExpect(redirectedUrl(link + "?deplace"));

        Appointment moved = context.getBean(Appointments.class).byToken(link.substring(13));
        assertThat(moved.getStartsAt()).isEqualTo(target.start());
        assertThat(fixtures.freeSlots()).extracting(Slot::start).doesNotContain(target.start());
    }

    @Test
    void theMediatorBooksAtTheirPointOnlyAndPrintsTheSummary() throws Exception {
        Slot free = fixtures.freeSlots().get(0);
        String location = mvc.perform(post("/mediateur/rendez-vous/nouveau").with(csrf())
                        .with(sessions.as(BookingFixtures.MEDIATOR_BRETENOUX))
                        .param("point", String.valueOf(fixtures.bretenoux))
                        .param("organisationId", String.valueOf(fixtures.caf))
                        .param("motifId", String.valueOf(fixtures.motif.id())).param("slot", value(free))
                        .param("citizenName", "Paul Sans Courriel").param("email", "").param("phone", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(sessions.as(BookingFixtures.MEDIATOR_BRETENOUX))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paul Sans Courriel")))
                .andExpect(content().string(containsString("Votre dernier avis d’imposition")));
        mvc.perform(get(location).with(sessions.as("nadia.cayrou@espap46.example"))).andExpect(status().isForbidden());
        mvc.perform(post("/mediateur/rendez-vous/nouveau").with(csrf())
                        .with(sessions.as("nadia.cayrou@espap46.example"))
                        .param("point", String.valueOf(fixtures.bretenoux)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAgentCannotOpenTheInterviewLongBeforeTheAppointment() throws Exception {
        Slot later = fixtures.freeSlots().stream()
                .filter(s -> s.start().isAfter(java.time.Instant.now().plus(Duration.ofHours(2)))).findFirst()
                .orElseThrow();
        long id = context.getBean(Bookings.class).book(fixtures.request(later, new Citizen("Tôt", null, null)), null)
                .appointment().getId();

        mvc.perform(post("/organisme/agenda/" + id + "/ouvrir").with(csrf()).with(sessions.as(fixtures.agentEmail)))
                .andExpect(flash().attribute("flash", "booking.refused.notNow"));
        mvc.perform(post("/organisme/agenda/" + id + "/ouvrir").with(csrf())
                        .with(sessions.as("agent.anpe@espap46.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisme/agenda").param("jour", later.start().atZone(SlotCalendar.PARIS).toLocalDate()
                        .toString()).param("vue", "semaine").with(sessions.as(fixtures.agentEmail)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tôt")));
    }

    private void refused(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request).andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
    }
}
