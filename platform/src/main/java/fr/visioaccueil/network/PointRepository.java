package fr.visioaccueil.network;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PointRepository extends ListCrudRepository<Point, Long> {

    /**
     * Written out: a derived query is planned again at every call, which was a third of the cost of loading a
     * point on its public pages (the citizen's booking page loads it at each step).
     */
    @Query("SELECT * FROM point WHERE slug = :slug")
    Optional<Point> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Point> findAllByOrderByName();
}
