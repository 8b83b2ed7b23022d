package fr.visioaccueil.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.ui.Model;

/**
 * Free slots shown one week at a time, so that a page on a slow rural link carries a few dozen choices rather
 * than the whole horizon's hundreds: the week asked for, else the one holding the next free slot. Every week
 * with a free slot is named with its count, to go to it.
 *
 * @param weeks the weeks holding a free slot, earliest first
 * @param shown the Monday of the week shown, null when no slot is free
 * @param days  the shown week's slots, by day
 */
record SlotWeeks(List<Week> weeks, LocalDate shown, Map<LocalDate, List<SlotChoice>> days) {

    /** A week holding {@code count} free slots, named by its Monday. */
    record Week(LocalDate monday, int count) {
    }

    static SlotWeeks of(List<Slot> slots, LocalDate asked) {
        Map<LocalDate, List<Slot>> byWeek = new TreeMap<>();
        slots.forEach(slot -> byWeek.computeIfAbsent(monday(slot.start().atZone(SlotCalendar.PARIS).toLocalDate()),
                week -> new ArrayList<>()).add(slot));
        List<Week> weeks = byWeek.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue().size())).toList();
        LocalDate shown = asked != null && byWeek.containsKey(monday(asked)) ? monday(asked)
                : weeks.stream().findFirst().map(Week::monday).orElse(null);
        return new SlotWeeks(weeks, shown, SlotChoice.byDay(shown == null ? List.of() : byWeek.get(shown)));
    }

    /** The day of a slot value as a form sent it back, to show that slot's week again. */
    static LocalDate dayOf(String slotValue) {
        return Optional.ofNullable(slotValue).flatMap(SlotChoice::parse).map(c -> c.getTime().toLocalDate())
                .orElse(null);
    }

    /** Puts the shown week's days and the weeks to go to in the model, as the slot fragments read them. */
    void into(Model model) {
        model.addAttribute("days", days).addAttribute("weeks", weeks).addAttribute("shownWeek", shown);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
