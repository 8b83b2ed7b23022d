package fr.visioaccueil.booking;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.WeeklySchedule;
import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An organisation's visio permanences: defined by its correspondent, read when slots are searched. */
@Service
public class Permanences {

    private static final String SELECT = """
            SELECT p.id, p.organisation_id, p.slot_minutes, p.first_day, p.last_day, p.version,
                   ARRAY(SELECT agent_account_id FROM permanence_agent a WHERE a.permanence_id = p.id) AS agents,
                   ARRAY(SELECT point_id FROM permanence_point x WHERE x.permanence_id = p.id) AS points,
                   ARRAY(SELECT n FROM permanence_range r, unnest(ARRAY[r.day, extract(epoch FROM r.opens)::int,
                                 extract(epoch FROM r.closes)::int]) WITH ORDINALITY AS u(n, i)
                          WHERE r.permanence_id = p.id ORDER BY r.day, r.opens, u.i) AS ranges
              FROM permanence p
            """;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Conventions conventions;
    /** Permanences as booked lately, each with the version it was read at. */
    private final Map<Long, Versioned> byId = new ConcurrentHashMap<>();

    private record Versioned(int version, Permanence permanence) {
    }

    Permanences(JdbcClient jdbc, StaffDirectory staff, Conventions conventions) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.conventions = conventions;
    }

    public List<Permanence> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " WHERE p.organisation_id = :organisation ORDER BY p.first_day, p.id")
                .param("organisation", organisationId).query(Permanences::map).list();
    }

    public Permanence get(long id) {
        return read(id).permanence();
    }

    /**
     * The permanence at that version, from the copy read at that version when there is one: each booking read the
     * permanence, its agents, points and ranges again. Every edit raises the version ({@link PermanenceEdits}), so
     * a copy is never used past a change, made on this node or another. A version already outdated when the copy
     * is read gives the newer permanence.
     */
    Permanence atVersion(long id, int version) {
        Versioned held = byId.get(id);
        if (held != null && held.version() == version) {
            return held.permanence();
        }
        Versioned read = read(id);
        byId.put(id, read);
        return read.permanence();
    }

    private Versioned read(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id)
                .query((row, n) -> new Versioned(row.getInt("version"), map(row, n))).optional()
                .orElseThrow(() -> new NotFound("Permanence", id));
    }

    /** The organisation's permanences that serve this point on some day between the two dates. */
    List<Permanence> serving(long organisationId, long pointId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                         WHERE p.organisation_id = :organisation AND p.first_day <= :to AND p.last_day >= :from
                           AND EXISTS (SELECT 1 FROM permanence_point x WHERE x.permanence_id = p.id
                                        AND x.point_id = :point)""")
                .param("organisation", organisationId).param("point", pointId).param("from", from).param("to", to)
                .query(Permanences::map).list();
    }

    /** Organisations with a permanence serving the point on some day between the two dates. */
    public List<Long> organisationsServing(long pointId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT DISTINCT p.organisation_id FROM permanence p
                          JOIN permanence_point x ON x.permanence_id = p.id AND x.point_id = :point
                         WHERE p.first_day <= :to AND p.last_day >= :from""")
                .param("point", pointId).param("from", from).param("to", to).query(Long.class).list();
    }

    @Transactional
    public long create(PermanenceDraft draft, StaffMember correspondent) {
        BookingScope.requireCorrespondent(correspondent, draft.organisationId());
        check(draft);
        long id = jdbc.sql("""
                        INSERT INTO permanence (organisation_id, slot_minutes, first_day, last_day)
                        VALUES (:organisation, :slot, :first, :last) RETURNING id""")
                .param("organisation", draft.organisationId()).param("slot", draft.slotMinutes())
                .param("first", draft.firstDay()).param("last", draft.lastDay()).query(Long.class).single();
        insertParts(id, draft);
        return id;
    }

    void insertParts(long id, PermanenceDraft draft) {
        draft.agentIds().forEach(agent -> insert("permanence_agent", "agent_account_id", id, agent));
        draft.pointIds().forEach(point -> insert("permanence_point", "point_id", id, point));
        draft.ranges().forEach(range -> jdbc.sql("""
                        INSERT INTO permanence_range (permanence_id, day, opens, closes)
                        VALUES (:id, :day, :opens, :closes)""")
                .param("id", id).param("day", range.day()).param("opens", range.opens())
                .param("closes", range.closes()).update());
    }

    void check(PermanenceDraft draft) {
        if (!staff.partnersOf(draft.organisationId()).keySet().containsAll(draft.agentIds())) {
            throw new BookingRefused("booking.permanence.agentsRefused");
        }
        Set<Long> underConvention = conventions.ofOrganisation(draft.organisationId()).stream()
                .map(convention -> convention.getPointId()).collect(Collectors.toSet());
        if (!underConvention.containsAll(draft.pointIds())) {
            throw new BookingRefused("booking.permanence.pointsRefused");
        }
        if (new WeeklySchedule(draft.ranges()).firstOverlap().isPresent()) {
            throw new BookingRefused("booking.permanence.overlap");
        }
        if (draft.ranges().stream().anyMatch(r -> r.length().toMinutes() < draft.slotMinutes())) {
            throw new BookingRefused("booking.permanence.tooShort");
        }
    }

    private void insert(String table, String column, long permanenceId, long value) {
        jdbc.sql("INSERT INTO " + table + " (permanence_id, " + column + ") VALUES (:id, :value)")
                .param("id", permanenceId).param("value", value).update();
    }

    private static Permanence map(ResultSet row, int n) throws SQLException {
        return new Permanence(row.getLong("id"), row.getLong("organisation_id"), row.getInt("slot_minutes"),
                row.getObject("first_day", LocalDate.class), row.getObject("last_day", LocalDate.class),
                Set.of((Long[]) row.getArray("agents").getArray()), Set.of((Long[]) row.getArray("points").getArray()),
                ranges(row.getArray("ranges")));
    }

    /**
     * Each range as three numbers (weekday, opening and closing second of the day): parsing times from text was a
     * fifth of the work of a refused booking.
     */
    private static List<PermanenceRange> ranges(Array flat) throws SQLException {
        Integer[] numbers = (Integer[]) flat.getArray();
        List<PermanenceRange> ranges = new ArrayList<>(numbers.length / 3);
        for (int at = 0; at < numbers.length; at += 3) {
            ranges.add(new PermanenceRange(numbers[at], LocalTime.ofSecondOfDay(numbers[at + 1]),
                    LocalTime.ofSecondOfDay(numbers[at + 2])));
        }
        return List.copyOf(ranges);
    }
}
