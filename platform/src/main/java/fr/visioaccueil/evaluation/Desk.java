package fr.visioaccueil.evaluation;

import fr.visioaccueil.network.InvalidChange;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediator's desk: one "+1" per service given today, and the undo of one's own last "+1". Each is kept as a
 * row (the raw record) and added to the counters in the same transaction.
 */
@Service
class Desk {

    private final JdbcClient jdbc;
    private final Tally tally;
    private final WeekLocks locks;
    private final Organisations organisations;
    private final Clock clock;

    Desk(JdbcClient jdbc, Tally tally, WeekLocks locks, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.locks = locks;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    DeskEntry plusOne(long pointId, long organisationId, ServiceKind kind, StaffMember mediator) {
        if (!ServiceKind.desk().contains(kind)) {
            throw new InvalidChange("kind", "evaluation.desk.kind");
        }
        if (organisationId != Count.NO_ORGANISATION) {
            organisations.get(organisationId);
        }
        LocalDate today = Week.dayOf(clock.instant());
        locks.requireOpen(pointId, Week.of(today));
        long id = jdbc.sql("""
                INSERT INTO evaluation_desk_service (point_id, organisation_id, kind, day, recorded_at, recorded_by)
                VALUES (:point, :organisation, :kind, :day, :at, :by) RETURNING id""")
                .param("point", pointId).param("organisation", organisationId).param("kind", kind.name())
                .param("day", today).param("at", Timestamp.from(clock.instant()))
                .param("by", mediator.accountId()).query(Long.class).single();
        tally.add(Count.of(pointId, organisationId, kind, today, 1));
        return new DeskEntry(id, pointId, organisationId, kind);
    }

    /** Only the mediator who recorded it, only once, and only while its week is open. */
    @Transactional
    DeskEntry undo(long pointId, long entryId, StaffMember mediator) {
        record Row(long organisationId, ServiceKind kind, LocalDate day) {
        }
        Row row = jdbc.sql("""
                SELECT organisation_id, kind, day FROM evaluation_desk_service
                 WHERE id = :id AND point_id = :point AND recorded_by = :by AND NOT undone FOR UPDATE""")
                .param("id", entryId).param("point", pointId).param("by", mediator.accountId())
                .query((rs, n) -> new Row(rs.getLong(1), ServiceKind.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate()))
                .optional().orElseThrow(() -> new NotFound("Comptage", entryId));
        locks.requireOpen(pointId, Week.of(row.day()));
        jdbc.sql("UPDATE evaluation_desk_service SET undone = TRUE WHERE id = :id").param("id", entryId).update();
        tally.add(Count.of(pointId, row.organisationId(), row.kind(), row.day(), -1));
        return new DeskEntry(entryId, pointId, row.organisationId(), row.kind());
    }
}
