package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One week of free slots at a time: the next free slot's week unless another is asked for; none when none free. */
class SlotWeeksTest {

    static Slot at(LocalDate day, int hour) {
        var start = day.atTime(LocalTime.of(hour, 0)).atZone(SlotCalendar.PARIS).toInstant();
        return new Slot(1, 7, start, start.plusSeconds(1200));
    }

    @Test
    void theNextFreeSlotsWeekComesFirstAndEveryWeekIsCounted() {
        LocalDate wednesday = LocalDate.of(2026, 3, 25);
        List<Slot> slots = List.of(at(wednesday, 9), at(wednesday, 10), at(wednesday.plusDays(5), 9),
                at(wednesday.plusDays(14), 9));

        SlotWeeks weeks = SlotWeeks.of(slots, null);

        assertThat(weeks.weeks()).extracting(SlotWeeks.Week::monday, SlotWeeks.Week::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 23), 2),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 30), 1),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 6), 1));
        assertThat(weeks.shown()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(weeks.days()).containsOnlyKeys(wednesday);
        assertThat(SlotWeeks.of(slots, LocalDate.of(2026, 4, 10)).days()).containsOnlyKeys(wednesday.plusDays(14));
    }

    @Test
    void aWeekWithoutFreeSlotOrNoSlotAtAllShowsTheFirstOrNothing() {
        LocalDate monday = LocalDate.of(2026, 10, 19);
        assertThat(SlotWeeks.of(List.of(at(monday, 9)), monday.plusWeeks(2)).shown()).isEqualTo(monday);
        SlotWeeks none = SlotWeeks.of(List.of(), null);
        assertThat(none.shown()).isNull();
        assertThat(none.days()).isEmpty();
        assertThat(none.weeks()).isEmpty();
    }

    @Test
    void aSentSlotValueNamesItsDayAndGarbageNamesNone() {
        Slot slot = at(LocalDate.of(2026, 10, 25), 9);
        assertThat(SlotWeeks.dayOf(SlotChoice.of(slot).getValue())).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(SlotWeeks.dayOf("n'importe quoi")).isNull();
        assertThat(SlotWeeks.dayOf(null)).isNull();
    }
}
