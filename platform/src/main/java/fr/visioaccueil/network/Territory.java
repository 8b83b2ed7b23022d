package fr.visioaccueil.network;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The territory served: communities of communes and the distance table to the public services' offices. */
@Service
public class Territory {

    private final JdbcClient jdbc;

    Territory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Community> communities() {
        return jdbc.sql("SELECT id, name, seat, population FROM community ORDER BY name")
                .query((rs, n) -> new Community(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public boolean hasCommunity(long id) {
        return jdbc.sql("SELECT count(*) FROM community WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    @Transactional
    public Community addCommunity(String name, String seat, int population) {
        long id = jdbc.sql("INSERT INTO community (name, seat, population) VALUES (:name, :seat, :pop) RETURNING id")
                .param("name", name).param("seat", seat).param("pop", population).query(Long.class).single();
        return new Community(id, name, seat, population);
    }

    public List<Distance> distances() {
        return jdbc.sql("""
                SELECT community_id, service, office_town, distance_km, drive_minutes, local_count
                  FROM distance ORDER BY community_id, service""")
                .query((rs, n) -> new Distance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** The service codes the distance table lists (CAF, CPAM, ANPE…). */
    public List<String> services() {
        return jdbc.sql("SELECT DISTINCT service FROM distance ORDER BY service").query(String.class).list();
    }

    /** The nearest office of {@code service} from the community's seat, if the table knows it. */
    public Optional<Distance> distance(long communityId, String service) {
        return jdbc.sql("""
                SELECT community_id, service, office_town, distance_km, drive_minutes, local_count
                  FROM distance WHERE community_id = :community AND service = :service""")
                .param("community", communityId).param("service", service)
                .query((rs, n) -> new Distance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    @Transactional
    public void putDistance(Distance distance) {
        jdbc.sql("""
                INSERT INTO distance (community_id, service, office_town, distance_km, drive_minutes, local_count)
                VALUES (:community, :service, :town, :km, :minutes, :local)
                ON CONFLICT (community_id, service) DO UPDATE SET office_town = :town, distance_km = :km,
                       drive_minutes = :minutes, local_count = :local""")
                .param("community", distance.communityId()).param("service", distance.service())
                .param("town", distance.officeTown()).param("km", distance.distanceKm())
                .param("minutes", distance.driveMinutes()).param("local", distance.localCount()).update();
    }
}
