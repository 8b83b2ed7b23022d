package fr.visioaccueil.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AppointmentRepository extends ListCrudRepository<Appointment, Long> {

    Optional<Appointment> findByManageTokenHash(String manageTokenHash);

    List<Appointment> findByPointIdInAndEndsAtAfterOrderByStartsAt(Collection<Long> pointIds, Instant after);

    List<Appointment> findByPermanenceIdAndStatusAndEndsAtAfterOrderByStartsAt(long permanenceId,
                                                                             AppointmentStatus status, Instant after);

    List<Appointment> findByAgentAccountIdAndStatusAndStartsAtBeforeAndEndsAtAfterOrderByStartsAt(
            long agentAccountId, AppointmentStatus status, Instant before, Instant after);

    List<Appointment> findByAgentAccountIdAndStartsAtBetweenOrderByStartsAt(long agentAccountId, Instant from,
                                                                          Instant to);
}
