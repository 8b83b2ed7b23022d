package fr.visioaccueil.demo;

import fr.visioaccueil.booking.Motifs;
import fr.visioaccueil.booking.PermanenceDraft;
import fr.visioaccueil.booking.PermanenceRange;
import fr.visioaccueil.booking.Permanences;
import fr.visioaccueil.network.Convention;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.shared.NetworkTime;
import fr.visioaccueil.shared.StaffMember;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo network's one visio permanence, so that booking can be tried as soon as the platform runs: the
 * retirement fund's agent ({@link #ORGANISATION}) on Friday mornings, the hours of its visio convention, in
 * 20-minute appointments for a retirement claim, at every point under that convention, for a year from the load.
 */
@Component
class DemoPermanence {

    static final String ORGANISATION = "CRAM";

    private final Motifs motifs;
    private final Permanences permanences;
    private final Conventions conventions;
    private final UserDetailsService staff;
    private final Clock clock;

    DemoPermanence(Motifs motifs, Permanences permanences, Conventions conventions, UserDetailsService staff,
                   Clock clock) {
        this.motifs = motifs;
        this.permanences = permanences;
        this.conventions = conventions;
        this.staff = staff;
        this.clock = clock;
    }

    /** Made in the name of the organisation's correspondent, as on their page, for its partner agent. */
    void load(long organisationId) {
        StaffMember correspondent = member(DemoEmails.correspondentOf(ORGANISATION));
        long agentId = member(DemoEmails.agentOf(ORGANISATION)).accountId();
        motifs.create(organisationId, "Demande de retraite",
                "Votre relevé de carrière et votre dernier avis d’imposition", 20, correspondent);
        Set<Long> points = conventions.ofOrganisation(organisationId).stream().map(Convention::getPointId)
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.ofInstant(clock.instant(), NetworkTime.ZONE);
        permanences.create(new PermanenceDraft(organisationId, 20, today, today.plusYears(1), Set.of(agentId), points,
                List.of(new PermanenceRange(DayOfWeek.FRIDAY.getValue(), LocalTime.of(9, 0), LocalTime.of(11, 0)))),
                correspondent);
    }

    /** The account as signed in: the staff member every module's checks read. */
    private StaffMember member(String email) {
        return (StaffMember) staff.loadUserByUsername(email);
    }
}
