package fr.visioaccueil.network;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PointRepository extends ListCrudRepository<Point, Long> {

    Optional<Point> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Point> findAllByOrderByName();
}
