package fr.visioaccueil.charter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The charter's roll-up for the follow-up meetings. For each point and for each commitment: how many
 * assessments are met, in progress, not met, and how many are missing. A point is <b>conforme</b> only when every
 * current commitment is assessed "respecté" at that point: a missing assessment counts as not met, so that a new
 * commitment makes every point non-conforming until it is assessed.
 */
final class RollUp {

    private RollUp() {
    }

    /** Counts per status, and the commitments (or points) with no assessment yet. */
    record Counts(Map<Status, Long> byStatus, long missing) {

        public long of(Status status) {
            return byStatus.getOrDefault(status, 0L);
        }

        public boolean allMet() {
            return missing == 0 && of(Status.IN_PROGRESS) == 0 && of(Status.NOT_MET) == 0;
        }
    }

    record PointLine(long pointId, String pointName, Counts counts) {

        public boolean conforme() {
            return counts.allMet();
        }
    }

    record CommitmentLine(Commitment commitment, Counts counts) {
    }

    /** A point of the network, as the roll-up needs it. */
    record PointRef(long id, String name) {
    }

    static List<PointLine> perPoint(List<PointRef> points, List<Commitment> commitments, List<Assessment> assessments) {
        Set<Long> current = commitments.stream().map(Commitment::id).collect(Collectors.toSet());
        return points.stream().map(point -> new PointLine(point.id(), point.name(), counts(assessments,
                a -> a.pointId() == point.id() && current.contains(a.commitmentId()), current.size()))).toList();
    }

    static List<CommitmentLine> perCommitment(List<PointRef> points, List<Commitment> commitments,
                                              List<Assessment> assessments) {
        Set<Long> pointIds = points.stream().map(PointRef::id).collect(Collectors.toSet());
        return commitments.stream().map(commitment -> new CommitmentLine(commitment, counts(assessments,
                a -> a.commitmentId() == commitment.id() && pointIds.contains(a.pointId()), pointIds.size()))).toList();
    }

    private static Counts counts(List<Assessment> assessments, Predicate<Assessment> concerned, int expected) {
        Map<Status, Long> byStatus = assessments.stream().filter(concerned)
                .collect(Collectors.groupingBy(Assessment::status, () -> new EnumMap<>(Status.class),
                        Collectors.counting()));
        long assessed = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(byStatus, expected - assessed);
    }
}
