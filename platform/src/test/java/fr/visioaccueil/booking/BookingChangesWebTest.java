package fr.visioaccueil.booking;

import fr.visioaccueil.shared.NetworkTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Changing a permanence, absences for part of a day and their removal, moves by the point and by the agent:
 * booked appointments are kept and shown, never dropped; every refusal is French, field by field, and changes
 * nothing; each page checks who calls it.
 */
@PlatformTest
@AutoConfigureMockMvc
class BookingChangesWebTest extends BookingPagesTest {

    static final String CORRESPONDENT = BookingFixtures.CORRESPONDENT_CAF;

    @Autowired
    Bookings bookings;
    @Autowired
    Appointments appointments;

    @Test
    void aChangedPermanenceKeepsItsBookedAppointmentsAndListsThem() throws Exception {
        Appointment booked = book(fixtures.freeSlots().get(0), "garde@exemple.fr");
        String edit = "/organisme/permanences/" + fixtures.permanenceId + "/modifier";
        mvc.perform(get(edit).with(sessions.as(CORRESPONDENT))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("garde"))));

        mvc.perform(changed(0, "14:00", "16:00")).andExpect(redirectedUrl(edit));

        assertThat(stateOf(booked)).isEqualTo("BOOKED");
        assertThat(jdbc.sql("SELECT slot_minutes FROM permanence WHERE id = :id").param("id", fixtures.permanenceId)
                .query(Integer.class).single()).isEqualTo(30);
        mvc.perform(get(edit).with(sessions.as(CORRESPONDENT))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rendez-vous gardés hors de la permanence")))
                .andExpect(content().string(containsString(booked.getCitizenName())));
        mvc.perform(get("/organisme/permanences").with(sessions.as(CORRESPONDENT))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/organisme/permanences/" + fixtures.permanenceId
                        + "/modifier")))
                .andExpect(content().string(not(containsString("class=\"admin-nav\""))));
    }

    @Test
    void aStaleOrWrongEditIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(changed(0, "14:00", "16:00")).andExpect(status().is3xxRedirection());
        String before = BookingDigest.of(jdbc);

        mvc.perform(changed(0, "15:00", "16:00")).andExpect(status().isConflict());
        mvc.perform(changed(1, "16:00", "15:00")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("une heure de fin après le début")));
        mvc.perform(changed(1, "14:00", "16:00").param("agentIds", "")
                .with(request -> { request.removeParameter("agentIds"); return request; }))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez au moins un agent")));
        mvc.perform(changed(1, "14:00", "16:00").with(sessions.as("correspondant.anpe@espap46.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisme/permanences/" + fixtures.permanenceId + "/modifier")
                .with(sessions.as(fixtures.agentEmail))).andExpect(status().isForbidden());
        mvc.perform(get("/organisme/permanences/999999/modifier").with(sessions.as(CORRESPONDENT)))
                .andExpect(status().isNotFound());

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void endingAPermanenceStopsItsSlotsButKeepsItsAppointments() throws Exception {
        LocalDate today = LocalDate.now(SlotCalendar.PARIS);
        Slot later = fixtures.freeSlots().stream().filter(s -> day(s).isAfter(today.plusDays(1))).findFirst()
                .orElseThrow();
        Appointment booked = book(later, "fin@exemple.fr");
        String before = BookingDigest.of(jdbc);

        mvc.perform(end(today.minusDays(1), 0)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez un jour après le premier jour")));
        mvc.perform(end(day(later), 7)).andExpect(status().isConflict());
        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);

        mvc.perform(end(day(later), 0)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT last_day FROM permanence WHERE id = :id").param("id", fixtures.permanenceId)
                .query(LocalDate.class).single()).isEqualTo(day(later).minusDays(1));
        assertThat(fixtures.freeSlots()).allMatch(slot -> day(slot).isBefore(day(later)));
        assertThat(stateOf(booked)).isEqualTo("BOOKED");
        mvc.perform(get("/organisme/permanences/" + fixtures.permanenceId + "/modifier")
                        .with(sessions.as(CORRESPONDENT)))
                .andExpect(content().string(containsString(booked.getCitizenName())));
    }

    @Test
    void anAbsenceForPartOfADayHidesOnlyThoseSlotsAndShowsTheAppointmentsItHits() throws Exception {
        LocalDate day = day(fixtures.freeSlots().stream()
                .filter(s -> day(s).isAfter(LocalDate.now(SlotCalendar.PARIS))).findFirst().orElseThrow());
        Appointment hit = book(at(day, 10, 20), "absence@exemple.fr");

        refusedAbsence(absence(day, "11:00", "10:00"), "La fin de l’absence doit suivre son début");
        String location = mvc.perform(absence(day, "10:00", "11:00")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(startsOn(day)).containsExactly("09:00", "09:20", "09:40", "11:00", "11:20", "11:40");
        mvc.perform(get(location).with(sessions.as(CORRESPONDENT))).andExpect(status().isOk())
                .andExpect(content().string(containsString(hit.getCitizenName())));
        mvc.perform(get(location).with(sessions.as("correspondant.anpe@espap46.example")))
                .andExpect(status().isForbidden());

        mvc.perform(post(location + "/rendez-vous/" + hit.getId() + "/annuler").with(csrf())
                .with(sessions.as(CORRESPONDENT))).andExpect(redirectedUrl(location));
        assertThat(stateOf(hit)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT recipient FROM notification WHERE notification_key = :k")
                .param("k", "rdv-" + hit.getId() + "-annulation-mail").query(String.class).single())
                .isEqualTo("absence@exemple.fr");

        mvc.perform(post(location + "/supprimer").with(csrf()).with(sessions.as(CORRESPONDENT)))
                .andExpect(redirectedUrl("/organisme/permanences"));
        assertThat(startsOn(day)).hasSize(9);
    }

    @Test
    void theMediatorAndTheAgentMoveAnAppointmentAndTheOthersAreTold() throws Exception {
        List<Slot> free = fixtures.freeSlots();
        Appointment booked = book(free.get(0), "deplace@exemple.fr");
        String byPoint = "/mediateur/rendez-vous/" + booked.getId() + "/deplacer";
        mvc.perform(get(byPoint).with(sessions.as(BookingFixtures.MEDIATOR_BRETENOUX))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Déplacer le rendez-vous de")))
                .andExpect(content().string(containsString("href=\"/mediateur/rendez-vous/" + booked.getId() + "\">Retour au rendez-vous")));

        mvc.perform(move(byPoint, free.get(2), BookingFixtures.MEDIATOR_BRETENOUX))
                .andExpect(redirectedUrl("/mediateur/rendez-vous/" + booked.getId()));
        assertThat(appointments.get(booked.getId()).getStartsAt()).isEqualTo(free.get(2).start());
        assertThat(told(booked, free.get(2))).containsExactlyInAnyOrder("mail", "agent");
        assertThat(jdbc.sql("SELECT body FROM notification WHERE notification_key = :k")
                .param("k", "rdv-" + booked.getId() + "-deplacement-" + free.get(2).start().getEpochSecond() + "-agent")
                .query(String.class).single()).contains("a été déplacé par le point d’accueil");

        String byAgent = "/organisme/agenda/" + booked.getId() + "/deplacer";
        mvc.perform(move(byAgent, free.get(4), fixtures.agentEmail))
                .andExpect(redirectedUrl("/organisme/agenda?jour=" + day(free.get(4))));
        assertThat(appointments.get(booked.getId()).getStartsAt()).isEqualTo(free.get(4).start());
        assertThat(told(booked, free.get(4))).containsExactlyInAnyOrder("mail", "point");

        mvc.perform(get(byAgent).with(sessions.as(fixtures.agentEmail)))
                .andExpect(content().string(containsString("href=\"/organisme/agenda?jour=" + day(free.get(4)) + "\">Retour à l’agenda")));
        mvc.perform(get(byAgent).with(sessions.as(CORRESPONDENT)))
                .andExpect(content().string(containsString("href=\"/organisme/permanences\">Retour aux permanences")));
        mvc.perform(move(byAgent, free.get(5), CORRESPONDENT)).andExpect(redirectedUrl("/organisme/permanences"));
        assertThat(appointments.get(booked.getId()).getStartsAt()).isEqualTo(free.get(5).start());
    }

    @Test
    void aMoveToATakenOrMissingSlotOrByAStrangerChangesNothing() throws Exception {
        List<Slot> free = fixtures.freeSlots();
        Appointment booked = book(free.get(0), "reste@exemple.fr");
        book(free.get(1), "autre@exemple.fr");
        String byPoint = "/mediateur/rendez-vous/" + booked.getId() + "/deplacer";
        String before = BookingDigest.of(jdbc);

        mvc.perform(move(byPoint, free.get(1), BookingFixtures.MEDIATOR_BRETENOUX)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ce créneau vient d’être pris")));
        mvc.perform(post(byPoint).with(csrf()).with(sessions.as(BookingFixtures.MEDIATOR_BRETENOUX)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez un créneau libre")));
        mvc.perform(move(byPoint, free.get(3), "nadia.cayrou@espap46.example")).andExpect(status().isForbidden());
        mvc.perform(move("/organisme/agenda/" + booked.getId() + "/deplacer", free.get(3),
                "agent.anpe@espap46.example")).andExpect(status().isForbidden());

        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theCoordinatorReachesEachOrganisationsPermanencesFromTheAdminPages() throws Exception {
        String link = "/admin/organisations/" + fixtures.caf + "/permanences";
        mvc.perform(get("/admin/organisations").with(sessions.as(StaffSessions.COORDINATOR)))
                .andExpect(content().string(containsString("href=\"" + link + "\"")));
        mvc.perform(get(link).with(sessions.as(StaffSessions.COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"admin-nav\"")))
                .andExpect(content().string(not(containsString("/modifier\""))));
    }

    private MockHttpServletRequestBuilder changed(int version, String opens, String closes) {
        return post("/organisme/permanences/" + fixtures.permanenceId + "/modifier").with(csrf())
                .with(sessions.as(CORRESPONDENT)).param("slotMinutes", "30")
                .param("firstDay", LocalDate.now(NetworkTime.ZONE).minusDays(1).toString())
                .param("lastDay", LocalDate.now(NetworkTime.ZONE).plusDays(60).toString())
                .param("agentIds", String.valueOf(fixtures.agentId))
                .param("pointIds", String.valueOf(fixtures.bretenoux))
                .param("day", "1", "2", "3", "4", "5", "").param("opens", opens, opens, opens, opens, opens, "")
                .param("closes", closes, closes, closes, closes, closes, "").param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder end(LocalDate from, int version) {
        return post("/organisme/permanences/" + fixtures.permanenceId + "/terminer").with(csrf())
                .with(sessions.as(CORRESPONDENT)).param("from", from.toString())
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder absence(LocalDate day, String from, String until) {
        return post("/organisme/absences/nouvelle").with(csrf()).with(sessions.as(CORRESPONDENT))
                .param("agentId", String.valueOf(fixtures.agentId)).param("firstDay", day.toString())
                .param("fromTime", from).param("lastDay", day.toString()).param("untilTime", until)
                .param("reason", "Formation");
    }

    private void refusedAbsence(MockHttpServletRequestBuilder request, String message) throws Exception {
        String before = BookingDigest.of(jdbc);
        mvc.perform(request).andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"untilTime-error\"")));
        assertThat(BookingDigest.of(jdbc)).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder move(String path, Slot to, String who) {
        return post(path).with(csrf()).with(sessions.as(who)).param("slot", SlotChoice.of(to).getValue());
    }

    private Appointment book(Slot slot, String email) {
        return bookings.book(fixtures.request(slot, new Citizen("Usager " + email, email, null)), null)
                .appointment();
    }

    private Slot at(LocalDate day, int hour, int minute) {
        return fixtures.freeSlots().stream().filter(s -> day(s).equals(day)
                && s.start().atZone(SlotCalendar.PARIS).toLocalTime().equals(LocalTime.of(hour, minute)))
                .findFirst().orElseThrow();
    }

    private List<String> startsOn(LocalDate day) {
        return fixtures.freeSlots().stream().filter(s -> day(s).equals(day))
                .map(s -> s.start().atZone(SlotCalendar.PARIS).toLocalTime().toString()).toList();
    }

    /** Who was told of the move to that slot: the citizen's mail, the point, the agent. */
    private List<String> told(Appointment appointment, Slot to) {
        String prefix = "rdv-" + appointment.getId() + "-deplacement-" + to.start().getEpochSecond() + "-";
        return jdbc.sql("SELECT substring(notification_key FROM :n) FROM notification WHERE notification_key LIKE :p")
                .param("n", prefix.length() + 1).param("p", prefix + "%").query(String.class).list();
    }

    private String stateOf(Appointment appointment) {
        return appointments.get(appointment.getId()).getStatus().name();
    }

    private static LocalDate day(Slot slot) {
        return slot.start().atZone(SlotCalendar.PARIS).toLocalDate();
    }
}
