package fr.visioaccueil.booking;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AppointmentRepository extends ListCrudRepository<Appointment, Long> {

    Optional<Appointment> findByManageTokenHash(String manageTokenHash);
}
