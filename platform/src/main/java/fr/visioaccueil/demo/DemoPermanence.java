package fr.visioaccueil.demo;

import fr.visioaccueil.booking.Motifs;
import fr.visioaccueil.booking.PermanenceDraft;
import fr.visioaccueil.booking.PermanenceRange;
import fr.visioaccueil.booking.Permanences;
import fr.visioaccueil.network.Convention;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.shared.NetworkTime;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final Clock clock;

    DemoPermanence(Motifs motifs, Permanences permanences, Conventions conventions, Clock clock) {
        this.motifs = motifs;
        this.permanences = permanences;
        this.conventions = conventions;
        this.clock = clock;
    }

    /** Made in the name of the organisation's correspondent, as on their page. */
    void load(long organisationId, long agentId, long correspondentId) {
        StaffMember correspondent = new Correspondent(correspondentId, organisationId);
        motifs.create(organisationId, "Demande de retraite",
                "Votre relevé de carrière et votre dernier avis d’imposition", 20, correspondent);
        Set<Long> points = conventions.ofOrganisation(organisationId).stream().map(Convention::getPointId)
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.ofInstant(clock.instant(), NetworkTime.ZONE);
        permanences.create(new PermanenceDraft(organisationId, 20, today, today.plusYears(1), Set.of(agentId), points,
                List.of(new PermanenceRange(DayOfWeek.FRIDAY.getValue(), LocalTime.of(9, 0), LocalTime.of(11, 0)))),
                correspondent);
    }

    private record Correspondent(long accountId, Long organisationId) implements StaffMember {

        @Override
        public String email() {
            return "";
        }

        @Override
        public String displayName() {
            return "";
        }

        @Override
        public StaffRole role() {
            return StaffRole.PARTNER_CORRESPONDENT;
        }

        @Override
        public Set<Long> pointIds() {
            return Set.of();
        }
    }
}
