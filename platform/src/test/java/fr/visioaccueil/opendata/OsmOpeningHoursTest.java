package fr.visioaccueil.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.OpeningRange;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly grid written in OpenStreetMap's opening_hours syntax. */
class OsmOpeningHoursTest {

    private static OpeningRange range(int day, String opens, String closes) {
        return new OpeningRange(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void consecutiveDaysWithTheSameHoursBecomeARange() {
        List<OpeningRange> week = List.of(
                range(1, "14:00", "17:00"), range(1, "09:00", "12:00"),
                range(2, "09:00", "12:00"), range(2, "14:00", "17:00"),
                range(3, "09:00", "12:00"), range(3, "14:00", "17:00"),
                range(5, "09:00", "12:00"), range(6, "09:30", "12:00"));

        assertThat(OsmOpeningHours.of(week)).isEqualTo("Mo-We 09:00-12:00,14:00-17:00; Fr 09:00-12:00; Sa 09:30-12:00");
    }

    @Test
    void sameHoursOnDaysApartStaySeparateAndAnEmptyWeekIsEmpty() {
        assertThat(OsmOpeningHours.of(List.of(range(2, "09:00", "12:00"), range(4, "09:00", "12:00"),
                range(7, "10:00", "11:00")))).isEqualTo("Tu 09:00-12:00; Th 09:00-12:00; Su 10:00-11:00");
        assertThat(OsmOpeningHours.of(List.of())).isEmpty();
        assertThat(OsmOpeningHours.of(List.of(range(1, "08:00", "18:00"), range(2, "08:00", "18:00"),
                range(3, "08:00", "18:00"), range(4, "08:00", "18:00"), range(5, "08:00", "18:00"),
                range(6, "08:00", "18:00"), range(7, "08:00", "18:00")))).isEqualTo("Mo-Su 08:00-18:00");
    }

    @Test
    void phonesAreWrittenTheInternationalWay() {
        assertThat(InternationalPhone.of("05 65 38 12 34")).isEqualTo("+33565381234");
        assertThat(InternationalPhone.of("05.65.38.12.34")).isEqualTo("+33565381234");
        assertThat(InternationalPhone.of("+33 5 65 38 12 34")).isEqualTo("+33565381234");
        assertThat(InternationalPhone.of("")).isEmpty();
        assertThat(InternationalPhone.of("12")).isEmpty();
    }
}
