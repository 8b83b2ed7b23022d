package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class InterviewTest {

    private static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");

    private static Interview requested() {
        Interview interview = Interview.request(new InterviewRequest(1, 2, "Prime d’activité", "  ", true), 7, NINE);
        ReflectionTestUtils.setField(interview, "id", 5L);
        return interview;
    }

    @Test
    void aRequestNeedsThePrivacyNoticeReadAndMayStayPseudonymous() {
        assertThat(requested().getCitizenName()).isNull();
        assertThat(requested().getStatus()).isEqualTo(InterviewStatus.WAITING);
        assertThatThrownBy(() -> Interview.request(new InterviewRequest(1, 2, "m", null, false), 7, NINE))
                .isInstanceOf(InterviewRefused.class);
    }

    @Test
    void cannotBeAdmittedTwice() {
        Interview interview = requested();
        interview.admit(30, NINE.plusSeconds(60));
        assertThatThrownBy(() -> interview.admit(31, NINE.plusSeconds(61)))
                .isInstanceOf(InterviewRefused.class).extracting("messageKey").isEqualTo("visio.refused.taken");
        assertThat(interview.getAdmittedBy()).isEqualTo(30);
    }

    @Test
    void cannotEndBeforeAdmissionNorTwice() {
        Interview interview = requested();
        assertThatThrownBy(() -> interview.end(NINE)).isInstanceOf(InterviewRefused.class);
        interview.admit(30, NINE);
        interview.end(NINE.plusSeconds(600));
        assertThatThrownBy(() -> interview.end(NINE.plusSeconds(700))).isInstanceOf(InterviewRefused.class);
        assertThat(interview.getEndedAt()).isEqualTo(NINE.plusSeconds(600));
    }

    @Test
    void noOutcomeBeforeTheEndNorTwiceNorWithATooLongNote() {
        Interview interview = requested();
        interview.admit(30, NINE);
        assertThatThrownBy(() -> interview.recordOutcome(true, Outcome.RESOLVED, ""))
                .isInstanceOf(InterviewRefused.class).extracting("messageKey").isEqualTo("visio.refused.notEnded");
        interview.end(NINE.plusSeconds(60));
        assertThatThrownBy(() -> interview.recordOutcome(true, Outcome.RESOLVED, "x".repeat(501)))
                .isInstanceOf(InterviewRefused.class);
        interview.recordOutcome(false, Outcome.FOLLOW_UP, "Rappeler lundi");
        assertThatThrownBy(() -> interview.recordOutcome(true, Outcome.RESOLVED, ""))
                .isInstanceOf(InterviewRefused.class);
        assertThat(interview.getStatus()).isEqualTo(InterviewStatus.CLOSED);
    }

    @Test
    void theHangUpAloneTellsEvaluationEveryFactItCounts() {
        Interview interview = requested();
        interview.admit(30, NINE.plusSeconds(120));
        interview.start(NINE.plusSeconds(130));
        interview.start(NINE.plusSeconds(500));
        interview.end(NINE.plusSeconds(130 + 900));

        assertThat(interview.domainEvents()).last().isEqualTo(new InterviewEnded(5, 1, 2, 30, "Prime d’activité",
                NINE, NINE.plusSeconds(120), NINE.plusSeconds(130), NINE.plusSeconds(1030), Duration.ofMinutes(15)));
    }

    @Test
    void theOutcomeIsAnEventOfItsOwnAfterTheEnd() {
        Interview interview = requested();
        interview.admit(30, NINE.plusSeconds(120));
        interview.end(NINE.plusSeconds(600));
        interview.recordOutcome(true, Outcome.REDIRECTED, "Vers la CPAM");

        assertThat(interview.domainEvents()).filteredOn(InterviewEnded.class::isInstance).hasSize(1);
        assertThat(interview.domainEvents()).last()
                .isEqualTo(new InterviewOutcomeRecorded(5, 1, 2, 30, true, Outcome.REDIRECTED));
    }
}
