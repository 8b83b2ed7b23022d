package fr.visioaccueil.booking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A day with free slots, as the booking page links to it: its short name is formatted here with one formatter
 * for all the days, where the page would parse the pattern again for each of its few dozen links.
 */
record SlotDay(LocalDate date, String label) {

    static List<SlotDay> named(Collection<LocalDate> days) {
        DateTimeFormatter shortName = DateTimeFormatter.ofPattern("EEE d MMM", LocaleContextHolder.getLocale());
        return days.stream().map(day -> new SlotDay(day, shortName.format(day))).toList();
    }
}
