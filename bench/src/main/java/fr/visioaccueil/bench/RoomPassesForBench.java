package fr.visioaccueil.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Admitted interviews written straight into the platform's database, and their room passes signed with the secret
 * kept there by the platform's own {@code fr.visioaccueil.visio.RoomPasses} (from platform/target/classes on the
 * classpath; reached by reflection because the platform keeps its constructor to itself).
 */
final class RoomPassesForBench {

    private final Object passes;
    private final Method issue;
    private final Class<?> sides;
    private final long mediator;
    private final long agent;
    private final List<Long> interviews = new ArrayList<>();

    RoomPassesForBench(String jdbcUrl, int count) throws SQLException, ReflectiveOperationException {
        sides = Class.forName("fr.visioaccueil.visio.Side");
        issue = Class.forName("fr.visioaccueil.visio.RoomPasses").getMethod("issue", long.class, sides, long.class);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            passes = roomPasses(single(db, "SELECT secret FROM visio_secret WHERE id = 1").getBytes(1));
            mediator = single(db, "SELECT id FROM staff_account WHERE email = 'claire.lafon@espap46.example'").getLong(1);
            agent = single(db, "SELECT id FROM staff_account WHERE email = 'agent.caf@espap46.example'").getLong(1);
            ResultSet ids = db.createStatement().executeQuery("""
                    INSERT INTO interview (point_id, organisation_id, requested_by, motif, privacy_acknowledged, status,
                                           requested_at, admitted_at, admitted_by)
                    SELECT (SELECT min(id) FROM point), (SELECT min(id) FROM organisation), %d, 'Banc d’essai', true,
                           'ADMITTED', now(), now(), %d FROM generate_series(1, %d) RETURNING id
                    """.formatted(mediator, agent, count));
            while (ids.next()) {
                interviews.add(ids.getLong(1));
            }
        }
    }

    private static ResultSet single(Connection db, String sql) throws SQLException {
        ResultSet row = db.createStatement().executeQuery(sql);
        if (!row.next()) {
            throw new IllegalStateException("nothing for " + sql + " (is the demo network loaded?)");
        }
        return row;
    }

    long interview(int index) {
        return interviews.get(index);
    }

    private static Object roomPasses(byte[] secret) throws ReflectiveOperationException {
        Constructor<?> constructor = Class.forName("fr.visioaccueil.visio.RoomPasses")
                .getDeclaredConstructor(byte[].class, Clock.class, Duration.class);
        constructor.setAccessible(true);
        return constructor.newInstance(secret, Clock.systemUTC(), Duration.ofHours(2));
    }

    /** A pass for one side ("POINT" or "AGENT") of an interview, as the room page receives it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    String pass(long interview, String side) throws ReflectiveOperationException {
        Object which = Enum.valueOf((Class<Enum>) sides, side);
        return (String) issue.invoke(passes, interview, which, "POINT".equals(side) ? mediator : agent);
    }
}
