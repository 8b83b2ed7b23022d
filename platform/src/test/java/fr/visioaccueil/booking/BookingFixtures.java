package fr.visioaccueil.booking;

import fr.visioaccueil.shared.NetworkTime;
import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A CAF permanence of its own for each test: a fresh agent (so no two tests compete for one agent's time),
 * weekdays 9:00–12:00 at ESP@P Bretenoux, 20-minute slots, and a motif with something to bring.
 */
final class BookingFixtures {

    static final String CORRESPONDENT_CAF = "correspondant.caf@espap46.example";
    static final String MEDIATOR_BRETENOUX = "claire.lafon@espap46.example";

    final ApplicationContext context;
    final long caf;
    final long bretenoux;
    long agentId;
    String agentEmail;
    long permanenceId;
    Motif motif;

    private BookingFixtures(ApplicationContext context) {
        this.context = context;
        caf = context.getBean(Organisations.class).all().stream().filter(o -> o.getShortName().equals("CAF"))
                .map(Organisation::getId).findFirst().orElseThrow();
        bretenoux = point("ESP@P Bretenoux");
    }

    static BookingFixtures withPermanence(ApplicationContext context) {
        BookingFixtures fixtures = new BookingFixtures(context);
        fixtures.agentEmail = "agent-" + UUID.randomUUID() + "@test.example";
        fixtures.agentId = context.getBean(StaffDirectory.class).create(new NewStaffAccount(fixtures.agentEmail,
                "Agent " + fixtures.agentEmail.substring(6, 12), StaffRole.PARTNER_AGENT, fixtures.caf, Set.of(),
                false));
        fixtures.permanenceId = context.getBean(Permanences.class).create(new PermanenceDraft(fixtures.caf, 20,
                LocalDate.now(NetworkTime.ZONE).minusDays(1), LocalDate.now(NetworkTime.ZONE).plusDays(60), Set.of(fixtures.agentId),
                Set.of(fixtures.bretenoux), weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))),
                fixtures.staff(CORRESPONDENT_CAF));
        Motifs motifs = context.getBean(Motifs.class);
        fixtures.motif = motifs.get(motifs.create(fixtures.caf, "Prime " + UUID.randomUUID(),
                "Votre dernier avis d’imposition", 20, fixtures.staff(CORRESPONDENT_CAF)));
        return fixtures;
    }

    static List<PermanenceRange> weekdays(LocalTime opens, LocalTime closes) {
        return IntStream.rangeClosed(1, 5).mapToObj(day -> new PermanenceRange(day, opens, closes)).toList();
    }

    long point(String name) {
        return context.getBean(Points.class).all().stream().filter(p -> p.getName().equals(name))
                .map(Point::getId).findFirst().orElseThrow();
    }

    StaffMember staff(String email) {
        return (StaffMember) context.getBean(UserDetailsService.class).loadUserByUsername(email);
    }

    /** This fixture's free slots (its own agent), earliest first. */
    List<Slot> freeSlots() {
        return context.getBean(FreeSlots.class).free(motif, bretenoux, LocalDate.now(NetworkTime.ZONE), LocalDate.now(NetworkTime.ZONE).plusDays(27))
                .stream().filter(slot -> slot.permanenceId() == permanenceId).toList();
    }

    BookingRequest request(Slot slot, Citizen citizen) {
        return new BookingRequest(bretenoux, motif.id(), slot.permanenceId(), slot.start(), citizen);
    }
}
