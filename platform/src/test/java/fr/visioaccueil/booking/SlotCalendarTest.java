package fr.visioaccueil.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.Closure;
import fr.visioaccueil.network.OpeningRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotCalendarTest {

    static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    static final Duration TWENTY = Duration.ofMinutes(20);

    static Permanence everyDay(LocalTime opens, LocalTime closes, int slotMinutes, long... agents) {
        List<PermanenceRange> ranges = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(day -> new PermanenceRange(day, opens, closes)).toList();
        Set<Long> agentIds = java.util.Arrays.stream(agents).boxed().collect(java.util.stream.Collectors.toSet());
        return new Permanence(1, 1, slotMinutes, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), agentIds,
                Set.of(1L), ranges);
    }

    static List<OpeningRange> openAllDay() {
        return java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(day -> new OpeningRange(day, LocalTime.MIN, LocalTime.of(23, 59))).toList();
    }

    static Instant paris(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), SlotCalendar.PARIS).toInstant();
    }

    static List<String> localStarts(List<Slot> slots) {
        return slots.stream().map(s -> s.start().atZone(SlotCalendar.PARIS).toLocalTime().toString()).toList();
    }

    @Test
    void aBookingsCheckFindsAtEachInstantExactlyTheDaysSlotsThatStartThen() {
        Permanence nights = everyDay(LocalTime.of(0, 40), LocalTime.of(23, 0), 20, 7, 8);
        List<OpeningRange> hours = java.util.stream.IntStream.rangeClosed(1, 7).boxed()
                .flatMap(day -> java.util.stream.Stream.of(new OpeningRange(day, LocalTime.MIN, LocalTime.of(12, 10)),
                        new OpeningRange(day, LocalTime.of(13, 35), LocalTime.of(22, 0)))).toList();
        LocalDate closed = LocalDate.of(2026, 6, 3);
        List<Closure> closures = List.of(new Closure(closed, closed, "Fermeture"));
        for (LocalDate day : List.of(SPRING_FORWARD, FALL_BACK, LocalDate.of(2026, 6, 2), closed)) {
            List<Slot> all = SlotCalendar.slots(List.of(nights), hours, closures, day, day, Duration.ofMinutes(30));
            Instant end = paris(day.plusDays(1), 0, 0);
            for (Instant at = paris(day, 0, 0); at.isBefore(end); at = at.plusSeconds(150)) {
                Instant start = at;
                assertThat(SlotCalendar.startingAt(nights, hours, closures, start, Duration.ofMinutes(30)))
                        .as("%s", start)
                        .containsExactlyElementsOf(all.stream().filter(slot -> slot.start().equals(start)).toList());
            }
            assertThat(all.isEmpty()).isEqualTo(day.equals(closed));
        }
    }

    @Test
    void theMarchNightHasNoSlotInTheMissingHourAndEachSlotLastsItsRealLength() {
        List<Slot> slots = SlotCalendar.slots(List.of(everyDay(LocalTime.of(1, 0), LocalTime.of(4, 0), 30, 7)),
                openAllDay(), List.of(), SPRING_FORWARD, SPRING_FORWARD, Duration.ZERO);

        assertThat(localStarts(slots)).containsExactly("01:00", "01:30", "03:00", "03:30");
        assertThat(slots).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).hasMinutes(30));
        assertThat(slots.get(1).end()).isEqualTo(slots.get(2).start());
    }

    @Test
    void theOctoberNightRepeatsTwoOClockOnceInSummerTimeThenInWinterTime() {
        List<Slot> slots = SlotCalendar.slots(List.of(everyDay(LocalTime.of(1, 0), LocalTime.of(4, 0), 30, 7)),
                openAllDay(), List.of(), FALL_BACK, FALL_BACK, Duration.ZERO);

        assertThat(localStarts(slots)).containsExactly("01:00", "01:30", "02:00", "02:30", "02:00", "02:30",
                "03:00", "03:30");
        assertThat(slots.get(2).start().atZone(SlotCalendar.PARIS).getOffset().getTotalSeconds()).isEqualTo(7200);
        assertThat(slots.get(4).start().atZone(SlotCalendar.PARIS).getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(slots).extracting(Slot::start).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void daytimeSlotsKeepTheirWallClockTimesOnBothSidesOfEachChange() {
        Permanence morning = everyDay(LocalTime.of(9, 0), LocalTime.of(10, 0), 20, 7);
        for (LocalDate change : List.of(SPRING_FORWARD, FALL_BACK)) {
            List<Slot> week = SlotCalendar.slots(List.of(morning), openAllDay(), List.of(), change.minusDays(3),
                    change.plusDays(3), Duration.ZERO);

            assertThat(week).hasSize(7 * 3);
            assertThat(localStarts(week)).containsOnly("09:00", "09:20", "09:40");
            assertThat(week.get(0).start()).isEqualTo(paris(change.minusDays(3), 9, 0));
            assertThat(week.get(20).start()).isEqualTo(paris(change.plusDays(3), 9, 40));
            assertThat(Duration.between(week.get(0).start(), week.get(20).start()))
                    .isEqualTo(Duration.ofDays(6).plusMinutes(40)
                            .plusHours(change.equals(SPRING_FORWARD) ? -1 : 1));
        }
    }

    @Test
    void slotsFallOnlyInsideThePointsOpeningHoursAndNeverOnAClosure() {
        Permanence permanence = everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0), 30, 7);
        LocalDate tuesday = LocalDate.of(2026, 6, 2);
        List<OpeningRange> hours = List.of(new OpeningRange(2, LocalTime.of(8, 30), LocalTime.of(10, 15)),
                new OpeningRange(2, LocalTime.of(14, 0), LocalTime.of(15, 0)));

        List<Slot> slots = SlotCalendar.slots(List.of(permanence), hours, List.of(), tuesday.minusDays(1),
                tuesday.plusDays(1), Duration.ZERO);
        List<Slot> closed = SlotCalendar.slots(List.of(permanence), hours,
                List.of(new Closure(tuesday, tuesday, "Inventaire")), tuesday, tuesday, Duration.ZERO);

        assertThat(localStarts(slots)).containsExactly("09:00", "09:30", "14:00", "14:30");
        assertThat(closed).isEmpty();
    }

    @Test
    void aLongerMotifTakesConsecutiveStepsAndStillEndsInsideTheRange() {
        List<Slot> slots = SlotCalendar.slots(List.of(everyDay(LocalTime.of(9, 0), LocalTime.of(10, 0), 20, 7)),
                openAllDay(), List.of(), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2), Duration.ofMinutes(40));

        assertThat(localStarts(slots)).containsExactly("09:00", "09:20");
        assertThat(slots).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).hasMinutes(40));
    }

    @Test
    void absencesAndHeldAppointmentsRemoveOnlyThatAgentsSlotsAndPastSlotsAreNotOffered() {
        LocalDate day = LocalDate.of(2026, 6, 2);
        List<Slot> slots = SlotCalendar.slots(List.of(everyDay(LocalTime.of(9, 0), LocalTime.of(10, 0), 20, 7, 8)),
                openAllDay(), List.of(), day, day, Duration.ZERO);
        List<SlotCalendar.Busy> busy = List.of(
                new SlotCalendar.Busy(7, paris(day, 8, 0), paris(day, 9, 30)),
                new SlotCalendar.Busy(8, paris(day, 9, 40), paris(day, 10, 0)));

        List<Slot> free = SlotCalendar.free(slots, busy, paris(day, 9, 10));

        assertThat(free).extracting(s -> s.agentAccountId() + "@" + s.start().atZone(SlotCalendar.PARIS).toLocalTime())
                .containsExactlyInAnyOrder("7@09:40", "8@09:20");
    }

    /** An absence over appointments, one span inside another, spans end to end: each slot they touch is taken. */
    @Test
    void overlappingAndNestedBusySpansTakeEverySlotTheyTouch() {
        LocalDate day = LocalDate.of(2026, 6, 2);
        List<Slot> slots = SlotCalendar.slots(List.of(everyDay(LocalTime.of(9, 0), LocalTime.of(12, 0), 20, 7)),
                openAllDay(), List.of(), day, day, Duration.ZERO);
        List<SlotCalendar.Busy> busy = List.of(
                new SlotCalendar.Busy(7, paris(day, 9, 0), paris(day, 10, 0)),
                new SlotCalendar.Busy(7, paris(day, 9, 5), paris(day, 9, 10)),
                new SlotCalendar.Busy(7, paris(day, 9, 50), paris(day, 10, 10)),
                new SlotCalendar.Busy(7, paris(day, 10, 40), paris(day, 10, 45)),
                new SlotCalendar.Busy(7, paris(day, 11, 20), paris(day, 11, 40)),
                new SlotCalendar.Busy(7, paris(day, 11, 40), paris(day, 11, 41)));

        assertThat(localStarts(SlotCalendar.free(slots, busy, paris(day, 8, 0))))
                .containsExactly("10:20", "11:00");
    }

    @Test
    void aPermanenceOutsideItsDatesGivesNothing() {
        Permanence june = new Permanence(1, 1, 20, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), Set.of(7L),
                Set.of(1L), List.of(new PermanenceRange(3, LocalTime.of(9, 0), LocalTime.of(10, 0))));

        assertThat(SlotCalendar.slots(List.of(june), openAllDay(), List.of(), LocalDate.of(2026, 5, 20),
                LocalDate.of(2026, 5, 31), Duration.ZERO)).isEmpty();
        assertThat(SlotCalendar.slots(List.of(june), openAllDay(), List.of(), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 7), Duration.ZERO)).hasSize(3);
    }
}
