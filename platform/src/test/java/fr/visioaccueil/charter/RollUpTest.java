package fr.visioaccueil.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roll-up: counts per status, and "conforme" only when every current commitment is met at that point. */
class RollUpTest {

    private static final Commitment WELCOME = new Commitment(1, Theme.ACCUEIL, 1, "Accueillir", 0);
    private static final Commitment HOURS = new Commitment(2, Theme.HORAIRES, 2, "Afficher les horaires", 0);
    private static final List<Commitment> COMMITMENTS = List.of(WELCOME, HOURS);
    private static final List<RollUp.PointRef> POINTS = List.of(new RollUp.PointRef(10, "Bretenoux"),
            new RollUp.PointRef(20, "Gourdon"), new RollUp.PointRef(30, "Catus"));

    private static Assessment assessed(long point, Commitment commitment, Status status) {
        return new Assessment(point, commitment.id(), "", status, "", null, LocalDate.of(2026, 11, 28), 0);
    }

    private static final List<Assessment> ASSESSMENTS = List.of(
            assessed(10, WELCOME, Status.MET), assessed(10, HOURS, Status.MET),
            assessed(20, WELCOME, Status.MET), assessed(20, HOURS, Status.IN_PROGRESS),
            assessed(30, WELCOME, Status.NOT_MET),
            // an assessment of a commitment deleted since counts for nothing
            assessed(30, new Commitment(99, Theme.EVALUATION, 9, "Ancien", 0), Status.MET));

    @Test
    void aPointConformsOnlyWhenEveryCommitmentIsMet() {
        List<RollUp.PointLine> lines = RollUp.perPoint(POINTS, COMMITMENTS, ASSESSMENTS);

        assertThat(lines).extracting(RollUp.PointLine::conforme).containsExactly(true, false, false);
        RollUp.Counts gourdon = lines.get(1).counts();
        assertThat(List.of(gourdon.of(Status.MET), gourdon.of(Status.IN_PROGRESS), gourdon.of(Status.NOT_MET),
                gourdon.missing())).containsExactly(1L, 1L, 0L, 0L);
        RollUp.Counts catus = lines.get(2).counts();
        assertThat(List.of(catus.of(Status.MET), catus.of(Status.NOT_MET), catus.missing())).containsExactly(0L, 1L, 1L);
    }

    @Test
    void aMissingAssessmentMakesThePointNonConforming() {
        List<Assessment> onlyWelcome = List.of(assessed(10, WELCOME, Status.MET));

        RollUp.PointLine line = RollUp.perPoint(POINTS.subList(0, 1), COMMITMENTS, onlyWelcome).get(0);

        assertThat(line.conforme()).isFalse();
        assertThat(line.counts().missing()).isEqualTo(1);
    }

    @Test
    void eachCommitmentCountsItsStatusesAcrossTheNetwork() {
        List<RollUp.CommitmentLine> lines = RollUp.perCommitment(POINTS, COMMITMENTS, ASSESSMENTS);

        RollUp.Counts welcome = lines.get(0).counts();
        assertThat(List.of(welcome.of(Status.MET), welcome.of(Status.IN_PROGRESS), welcome.of(Status.NOT_MET),
                welcome.missing())).containsExactly(2L, 0L, 1L, 0L);
        RollUp.Counts hours = lines.get(1).counts();
        assertThat(List.of(hours.of(Status.MET), hours.of(Status.IN_PROGRESS), hours.missing()))
                .containsExactly(1L, 1L, 1L);
    }

    @Test
    void evidenceFilesAreRecognisedByTheirContentOnly() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

        assertThat(EvidenceFile.from("affiche.png", png)).get().extracting(EvidenceFile::contentType).isEqualTo("image/png");
        assertThat(EvidenceFile.from("photo.jpg", jpeg)).get().extracting(EvidenceFile::contentType).isEqualTo("image/jpeg");
        assertThat(EvidenceFile.from("cr.pdf", "%PDF-1.4".getBytes())).get().extracting(EvidenceFile::contentType)
                .isEqualTo("application/pdf");
        assertThat(EvidenceFile.from("faux.pdf", "<html>".getBytes())).isEmpty();
        assertThat(EvidenceFile.from("../../etc/passwd.pdf", "%PDF-1.4".getBytes())).get()
                .extracting(EvidenceFile::fileName).asString().doesNotContain("/");
    }
}
