package fr.visioaccueil.label;

import static fr.visioaccueil.label.LabelTexts.english;
import static fr.visioaccueil.label.LabelTexts.french;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WeeklyOpeningRuleTest {

    private final WeeklyOpeningRule rsp = new WeeklyOpeningRule(Duration.ofHours(24), 3);
    private final WeeklyOpeningRule franceServices = new WeeklyOpeningRule(Duration.ofHours(24), 5);

    @Test
    void twentyOneHoursOverThreeDaysMissesThreeHours() {
        Facts facts = Facts.point();
        for (int day : new int[] {1, 3, 5}) {
            facts.open(day, "09:00", "12:00").open(day, "14:00", "18:00");
        }

        Outcome outcome = rsp.judge(facts.build());

        assertThat(outcome.met()).isFalse();
        assertThat(french(outcome.reason())).isEqualTo("Ouvert 21 h sur 3 jours : il manque 3 h.");
    }

    @Test
    void twentyThreeHoursAndAHalfMissesThirtyMinutes() {
        Outcome outcome = rsp.judge(fourDaysOfFiveHoursAnd("09:00", "12:30").build());

        assertThat(outcome.met()).isFalse();
        assertThat(french(outcome.reason())).isEqualTo("Ouvert 23 h 30 sur 5 jours : il manque 30 min.");
    }

    @Test
    void hoursAndMinutesAreBothShownWhenBothAreMissing() {
        Outcome outcome = rsp.judge(Facts.point().open(1, "08:00", "18:00").open(2, "08:00", "18:00")
                .open(3, "09:00", "10:30").build());

        assertThat(french(outcome.reason())).isEqualTo("Ouvert 21 h 30 sur 3 jours : il manque 2 h 30.");
    }

    @Test
    void minutesUnderTenAreWrittenWithTwoDigits() {
        Outcome outcome = rsp.judge(fourDaysOfFiveHoursAnd("09:00", "10:55").build());

        assertThat(french(outcome.reason())).isEqualTo("Ouvert 21 h 55 sur 5 jours : il manque 2 h 05.");
    }

    @Test
    void exactlyTwentyFourHoursOverThreeDaysIsEnough() {
        Outcome outcome = rsp.judge(Facts.point().open(1, "08:00", "16:00").open(2, "08:00", "16:00")
                .open(4, "08:00", "16:00").build());

        assertThat(outcome.met()).isTrue();
        assertThat(french(outcome.reason())).isEqualTo("Ouvert 24 h sur 3 jours par semaine.");
    }

    @Test
    void twentyFourHoursOverTwoDaysFailsOnDays() {
        Outcome outcome = rsp.judge(Facts.point().open(1, "07:00", "19:00").open(2, "07:00", "19:00").build());

        assertThat(outcome.met()).isFalse();
        assertThat(french(outcome.reason())).isEqualTo("Ouvert 24 h sur 2 jours : il faut ouvrir au moins 3 jours.");
    }

    @Test
    void severalRangesOnOneDayCountAsOneDay() {
        Outcome outcome = rsp.judge(Facts.point().open(1, "08:00", "12:00").open(1, "13:00", "20:00")
                .open(2, "08:00", "12:00").open(2, "13:00", "22:00").build());

        assertThat(french(outcome.reason())).isEqualTo("Ouvert 24 h sur 2 jours : il faut ouvrir au moins 3 jours.");
    }

    @Test
    void tooFewHoursAndTooFewDaysAreBothSaid() {
        Outcome outcome = rsp.judge(Facts.point().open(2, "09:00", "19:00").build());

        assertThat(french(outcome.reason()))
                .isEqualTo("Ouvert 10 h sur 1 jour : il manque 14 h et il faut ouvrir au moins 3 jours.");
    }

    @Test
    void aPointWithoutHoursIsOpenZeroHours() {
        Outcome outcome = rsp.judge(Facts.point().build());

        assertThat(french(outcome.reason()))
                .isEqualTo("Ouvert 0 h sur 0 jour : il manque 24 h et il faut ouvrir au moins 3 jours.");
    }

    @Test
    void franceServicesWantsFiveDaysEvenWithManyHours() {
        Facts fourLongDays = Facts.point();
        for (int day = 1; day <= 4; day++) {
            fourLongDays.open(day, "08:30", "17:30");
        }

        assertThat(franceServices.judge(fourLongDays.build()).met()).isFalse();
        assertThat(french(franceServices.judge(fourLongDays.build()).reason()))
                .isEqualTo("Ouvert 36 h sur 4 jours : il faut ouvrir au moins 5 jours.");
        assertThat(franceServices.judge(fourLongDays.open(6, "09:00", "12:00").build()).met()).isTrue();
    }

    @Test
    void theRequirementAndTheEnglishTextAreWrittenToo() {
        assertThat(french(rsp.requirement())).isEqualTo("Ouvert au moins 24 h par semaine, sur au moins 3 jours.");
        assertThat(english(rsp.judge(fourDaysOfFiveHoursAnd("09:00", "12:30").build()).reason()))
                .isEqualTo("Open 23 h 30 min over 5 days: 30 min missing.");
    }

    /** Monday to Thursday 09:00–14:00 (20 h), and Friday as given. */
    private static Facts fourDaysOfFiveHoursAnd(String fridayOpens, String fridayCloses) {
        Facts facts = Facts.point();
        for (int day = 1; day <= 4; day++) {
            facts.open(day, "09:00", "14:00");
        }
        return facts.open(5, fridayOpens, fridayCloses);
    }
}
