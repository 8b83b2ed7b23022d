package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.booking.BookingRequest;
import fr.visioaccueil.booking.Bookings;
import fr.visioaccueil.booking.Citizen;
import fr.visioaccueil.booking.FreeSlots;
import fr.visioaccueil.booking.Motif;
import fr.visioaccueil.booking.Motifs;
import fr.visioaccueil.booking.PermanenceDraft;
import fr.visioaccueil.booking.PermanenceRange;
import fr.visioaccueil.booking.Permanences;
import fr.visioaccueil.booking.Slot;
import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Changes around appointments in a real browser: the coordinator reaches an organisation's permanences from the
 * admin pages; the correspondent records an afternoon absence, sees the appointment it hits and cancels it with
 * notice; the mediator and then the agent move an appointment, a week at a time; the correspondent changes the
 * permanence and sees the appointments it keeps aside, and deletes one that has not started. Every page is
 * checked with axe-core and photographed.
 */
@BrowserTest
class BookingChangesJourneyTest {

    static final String AGENT = "agent.changements@espap46.example";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Permanences permanences;
    @Autowired
    Motifs motifs;
    @Autowired
    FreeSlots freeSlots;
    @Autowired
    Bookings bookings;
    @Autowired
    UserDetailsService users;

    long caf;
    long bretenoux;
    long permanenceId;
    Motif motif;

    @Test
    void coordinatorCorrespondentMediatorAgent(Browser browser) {
        setUp();
        List<Slot> free = freeSlots.offered(motif, bretenoux).stream()
                .filter(slot -> slot.permanenceId() == permanenceId).toList();
        long moved = book(free.get(0), "Alice Déplacée");
        Slot hit = free.stream().filter(slot -> day(slot).isAfter(LocalDate.now(PARIS).plusDays(1))
                && time(slot).equals(LocalTime.of(10, 0))).findFirst().orElseThrow();
        book(hit, "Bruno Empêché");

        coordinatorFindsThePermanences(browser);
        browser.driver().manage().deleteAllCookies();
        correspondentRecordsAnAfternoonAbsence(browser, day(hit));
        browser.driver().manage().deleteAllCookies();
        mediatorMoves(browser, moved);
        browser.driver().manage().deleteAllCookies();
        agentMoves(browser, moved);
        browser.driver().manage().deleteAllCookies();
        correspondentChangesThePermanence(browser);
        browser.driver().manage().deleteAllCookies();
        browser.open("/points/espap-bretenoux/rendez-vous?organisme=" + caf + "&motif=" + motif.id());
        assertThat(browser.findAll(By.cssSelector(".slot-days a")).size()).isGreaterThan(1);
        look(browser, "booking-online-days");
        citizenFindsTheSlotTakenMeanwhile(browser);
    }

    /**
     * The booking page's script posts the form: a slot someone else took while the citizen was typing is answered
     * in place, the day's taken slots gone and the next free ones named; when the day has none left the page says
     * so, and the citizen books on another day.
     */
    private void citizenFindsTheSlotTakenMeanwhile(Browser browser) {
        List<String> day = browser.findAll(By.cssSelector("input[name=slot]")).stream()
                .map(radio -> radio.getAttribute("value")).toList();
        assertThat(day).hasSizeGreaterThan(2);
        browser.fill("citizenName", "Chloé Tardive").fill("email", "chloe.tardive@exemple.fr");
        day.stream().filter(slot -> !slot.equals(day.get(1))).forEach(this::takenMeanwhile);
        String page = browser.path();

        submitTaken(browser, day.get(0));
        assertThat(browser.path()).isEqualTo(page);
        assertThat(browser.findAll(By.cssSelector("input[name=slot]"))).extracting(radio -> radio.getAttribute("value"))
                .containsExactly(day.get(1));
        assertThat(browser.text(By.cssSelector(".next-slots"))).contains("Prochains créneaux libres");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("slot-error");
        look(browser, "booking-online-taken-in-page");

        takenMeanwhile(day.get(1));
        submitTaken(browser, day.get(1));
        assertThat(browser.findAll(By.cssSelector("input[name=slot]"))).isEmpty();
        assertThat(browser.text(By.cssSelector(".slot-day"))).contains("Plus aucun créneau libre ce jour-là");
        look(browser, "booking-online-day-full");

        browser.clickThrough(browser.findAll(By.cssSelector(".slot-days a")).get(1));
        browser.find(By.cssSelector("input[name=slot]")).click();
        browser.fill("citizenName", "Chloé Tardive").fill("email", "chloe.tardive@exemple.fr");
        browser.clickThrough(browser.find(By.cssSelector("main form[method=post] button[type=submit]")));
        assertThat(browser.path()).startsWith("/rendez-vous/").endsWith("?confirme");
        assertThat(browser.text(By.tagName("main"))).contains("Votre rendez-vous est réservé.");
    }

    private void submitTaken(Browser browser, String slot) {
        browser.find(By.cssSelector("input[name=slot][value='" + slot + "']")).click();
        browser.find(By.cssSelector("main form[method=post] button[type=submit]")).click();
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("input[name=slot][value='" + slot + "']"))
                .isEmpty());
        assertThat(browser.text(By.id("slot-error"))).isEqualTo("Ce créneau vient d’être pris.");
    }

    /** Booked by someone else, each under an address of their own (a contact holds two appointments at most). */
    private void takenMeanwhile(String slot) {
        String[] choice = slot.split("_");
        String name = "Autre " + choice[1];
        bookings.book(new BookingRequest(bretenoux, motif.id(), Long.parseLong(choice[0]),
                Instant.ofEpochSecond(Long.parseLong(choice[1])), new Citizen(name, "autre" + choice[1] + "@exemple.fr",
                        null)), null);
    }

    private void coordinatorFindsThePermanences(Browser browser) {
        browser.signIn(DemoStaff.COORDINATOR).open("/admin/organisations");
        browser.clickThrough(browser.find(By.cssSelector(
                "a[aria-label='Permanences et rendez-vous de Caisse d’allocations familiales du Lot']")));
        assertThat(browser.path()).isEqualTo("/admin/organisations/" + caf + "/permanences");
        assertThat(browser.text(By.tagName("main"))).contains("Agnès Changements");
        look(browser, "booking-admin-permanences");
    }

    private void correspondentRecordsAnAfternoonAbsence(Browser browser, LocalDate day) {
        browser.signIn(DemoStaff.PARTNER_CORRESPONDENT).open("/organisme/absences/nouvelle");
        browser.choose("agentId", "Agnès Changements");
        set(browser, "firstDay", day.toString());
        set(browser, "fromTime", "11:00");
        set(browser, "lastDay", day.toString());
        set(browser, "untilTime", "09:30");
        browser.clickThrough(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text(By.id("untilTime-error"))).contains("La fin de l’absence doit suivre son début");
        look(browser, "booking-absence-form-errors");
        set(browser, "fromTime", "09:30");
        set(browser, "untilTime", "12:00");
        browser.clickThrough(browser.find(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.path()).startsWith("/organisme/absences/");
        assertThat(browser.text(By.tagName("main"))).contains("Bruno Empêché", "09h30", "12h00");
        look(browser, "booking-absence");
        browser.clickThrough(browser.find(By.xpath("//tr[td='Bruno Empêché']//button")));
        assertThat(browser.text(By.tagName("main"))).contains("Rendez-vous annulé",
                "Aucun rendez-vous réservé pendant cette absence.");
        browser.open("/organisme/permanences");
        assertThat(browser.text(By.tagName("main"))).contains("Agnès Changements — du ");
        look(browser, "booking-settings-changes");
    }

    private void mediatorMoves(Browser browser, long appointment) {
        browser.signIn(DemoStaff.MEDIATOR).open("/mediateur/rendez-vous/" + appointment);
        browser.clickThrough(browser.find(By.linkText("Déplacer le rendez-vous")));
        look(browser, "booking-move-point");
        browser.clickThrough(browser.findAll(By.cssSelector(".week-nav button")).get(1));
        assertThat(browser.find(By.cssSelector(".week-nav button[aria-pressed=true]")).getText())
                .isEqualTo(browser.findAll(By.cssSelector(".week-nav button")).get(1).getText());
        browser.find(By.cssSelector("input[name=slot]")).click();
        browser.clickThrough(browser.find(By.cssSelector("main form[method=post] button[type=submit]")));
        assertThat(browser.path()).isEqualTo("/mediateur/rendez-vous/" + appointment);
        assertThat(browser.text(By.tagName("main"))).contains("Rendez-vous déplacé");
    }

    private void agentMoves(Browser browser, long appointment) {
        LocalDate day = jdbc.sql("SELECT (starts_at AT TIME ZONE 'Europe/Paris')::date FROM appointment WHERE id = :id")
                .param("id", appointment).query(LocalDate.class).single();
        browser.signIn(AGENT, DemoStaff.PASSWORD).open("/organisme/agenda?jour=" + day);
        look(browser, "booking-agenda-move-link");
        browser.clickThrough(browser.find(By.cssSelector("a[aria-label='Déplacer le rendez-vous de Alice Déplacée']")));
        look(browser, "booking-move-agent");
        browser.find(By.cssSelector("input[name=slot]")).click();
        browser.clickThrough(browser.find(By.cssSelector("main form[method=post] button[type=submit]")));
        assertThat(browser.path()).startsWith("/organisme/agenda?jour=");
        assertThat(browser.text(By.tagName("main"))).contains("Rendez-vous déplacé", "Alice Déplacée");
    }

    private void correspondentChangesThePermanence(Browser browser) {
        browser.signIn(DemoStaff.PARTNER_CORRESPONDENT).open("/organisme/permanences/" + permanenceId + "/modifier");
        look(browser, "booking-permanence-edit");
        for (int row = 1; row <= 5; row++) {
            set(browser, "opens" + row, "14:00");
            set(browser, "closes" + row, "16:00");
        }
        browser.clickThrough(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text(By.tagName("main"))).contains("Enregistré.", "Rendez-vous gardés hors de la permanence",
                "Alice Déplacée");
        set(browser, "from", LocalDate.now(PARIS).minusDays(3).toString());
        browser.clickThrough(browser.find(By.xpath("//button[.='Mettre fin à la permanence']")));
        assertThat(browser.text(By.id("from-error"))).contains("Choisissez un jour après le premier jour");
        look(browser, "booking-permanence-edit-aside");
        browser.clickThrough(browser.find(By.cssSelector("a[aria-label^='Déplacer le rendez-vous de Alice Déplacée']")));
        look(browser, "booking-move-correspondent");
        browser.find(By.cssSelector("input[name=slot]")).click();
        browser.clickThrough(browser.find(By.cssSelector("main form[method=post] button[type=submit]")));
        assertThat(browser.path()).isEqualTo("/organisme/permanences");
        assertThat(browser.text(By.tagName("main"))).contains("Rendez-vous déplacé");
        correspondentDeletesAPermanence(browser);
    }

    /** Refused for the running permanence (end it instead); done for one that has not started. */
    private void correspondentDeletesAPermanence(Browser browser) {
        browser.open("/organisme/permanences/" + permanenceId + "/modifier");
        browser.clickThrough(browser.find(By.xpath("//button[.='Supprimer la permanence']")));
        assertThat(browser.text(By.cssSelector(".error-summary"))).contains("Cette permanence a déjà commencé");
        look(browser, "booking-permanence-delete-refused");
        long coming = permanences.create(new PermanenceDraft(caf, 20, LocalDate.now(PARIS).plusDays(5),
                LocalDate.now(PARIS).plusDays(30), permanences.get(permanenceId).agentIds(), Set.of(bretenoux),
                List.of(new PermanenceRange(3, LocalTime.of(14, 0), LocalTime.of(16, 0)))),
                (StaffMember) users.loadUserByUsername(DemoStaff.PARTNER_CORRESPONDENT.email()));
        browser.open("/organisme/permanences/" + coming + "/modifier");
        browser.clickThrough(browser.find(By.xpath("//button[.='Supprimer la permanence']")));
        assertThat(browser.path()).isEqualTo("/organisme/permanences");
        assertThat(browser.text(By.tagName("main"))).contains("Permanence supprimée.");
        assertThat(browser.findAll(By.cssSelector("a[href='/organisme/permanences/" + coming + "/modifier']")))
                .isEmpty();
        look(browser, "booking-permanence-deleted");
    }

    private void setUp() {
        caf = jdbc.sql("SELECT id FROM organisation WHERE short_name = 'CAF'").query(Long.class).single();
        bretenoux = jdbc.sql("SELECT id FROM point WHERE slug = 'espap-bretenoux'").query(Long.class).single();
        long agentId = staff.create(new NewStaffAccount(AGENT, "Agnès Changements", StaffRole.PARTNER_AGENT, caf,
                Set.of(), false));
        staff.setPassword(agentId, DemoStaff.PASSWORD);
        StaffMember correspondent = (StaffMember) users.loadUserByUsername(DemoStaff.PARTNER_CORRESPONDENT.email());
        List<PermanenceRange> weekdays = IntStream.rangeClosed(1, 5)
                .mapToObj(day -> new PermanenceRange(day, LocalTime.of(9, 0), LocalTime.of(12, 0))).toList();
        permanenceId = permanences.create(new PermanenceDraft(caf, 20, LocalDate.now(PARIS).minusDays(1),
                LocalDate.now(PARIS).plusDays(60), Set.of(agentId), Set.of(bretenoux), weekdays), correspondent);
        motif = motifs.get(motifs.create(caf, "Renouvellement RSA", "Vos trois derniers bulletins de salaire", 20,
                correspondent));
    }

    private long book(Slot slot, String name) {
        return bookings.book(new BookingRequest(bretenoux, motif.id(), slot.permanenceId(), slot.start(),
                new Citizen(name, name.split(" ")[0].toLowerCase() + "@exemple.fr", null)), null).appointment().getId();
    }

    private static LocalDate day(Slot slot) {
        return slot.start().atZone(PARIS).toLocalDate();
    }

    private static LocalTime time(Slot slot) {
        return slot.start().atZone(PARIS).toLocalTime();
    }

    /** Date and time inputs take their value in ISO form whatever the browser's locale shows. */
    private static void set(Browser browser, String id, String value) {
        browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void look(Browser browser, String name) {
        browser.assertAccessible();
        browser.screenshot(name);
    }
}
