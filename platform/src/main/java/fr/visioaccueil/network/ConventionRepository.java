package fr.visioaccueil.network;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ConventionRepository extends ListCrudRepository<Convention, Long> {

    List<Convention> findByPointId(Long pointId);

    List<Convention> findByOrganisationId(Long organisationId);

    boolean existsByPointId(Long pointId);

    boolean existsByOrganisationId(Long organisationId);
}
