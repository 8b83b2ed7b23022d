package fr.visioaccueil.booking;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The steps of a booking at one point, the same for the mediator and the citizen: organisation, then motif,
 * then a free slot and the citizen. Each step is a plain GET form, so the page works without script.
 */
@Component
class BookingPage {

    /** The start of a slot just taken by someone else: the page then names the next free ones. */
    static final String TAKEN = "takenStart";
    static final int NEXT_OFFERED = 3;

    private final Permanences permanences;
    private final Organisations organisations;
    private final Motifs motifs;
    private final FreeSlots freeSlots;
    private final BookingProperties properties;
    private final Clock clock;

    BookingPage(Permanences permanences, Organisations organisations, Motifs motifs, FreeSlots freeSlots,
                BookingProperties properties, Clock clock) {
        this.permanences = permanences;
        this.organisations = organisations;
        this.motifs = motifs;
        this.freeSlots = freeSlots;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Fills the model for the step reached; an organisation or motif that does not fit the point is ignored. The
     * slots of one day are shown ({@code day}, or the next one with free slots), the other days as links: a page
     * of a few dozen slots rather than hundreds, lighter to render and to load on a slow link.
     */
    void describe(Model model, Point point, Long organisationId, Long motifId, LocalDate day) {
        LocalDate today = LocalDate.now(clock.withZone(SlotCalendar.PARIS));
        List<Organisation> serving = permanences.organisationsServing(point.getId(), today,
                        today.plusDays(properties.horizon().toDays())).stream().map(organisations::shown)
                .sorted(Comparator.comparing(Organisation::getName)).toList();
        model.addAttribute("point", point).addAttribute("organisations", serving);
        serving.stream().filter(o -> o.getId().equals(organisationId)).findFirst().ifPresent(organisation -> {
            List<Motif> offered = motifs.ofOrganisation(organisation.getId());
            model.addAttribute("organisation", organisation).addAttribute("motifs", offered);
            offered.stream().filter(m -> Long.valueOf(m.id()).equals(motifId)).findFirst()
                    .ifPresent(motif -> slots(model, motif, point, day));
        });
    }

    private void slots(Model model, Motif motif, Point point, LocalDate wanted) {
        List<Slot> free = freeSlots.offered(motif, point);
        NavigableMap<LocalDate, List<SlotChoice>> days = SlotChoice.byDay(free);
        LocalDate day = wanted == null ? null : days.ceilingKey(wanted);
        day = day == null && !days.isEmpty() ? days.firstKey() : day;
        model.addAttribute("motif", motif).addAttribute("days", SlotDay.named(days.keySet())).addAttribute("day", day)
                .addAttribute("daySlots", day == null ? List.of() : days.get(day));
        if (model.getAttribute(TAKEN) instanceof Instant taken) {
            model.addAttribute("nextSlots", free.stream().filter(slot -> slot.start().isAfter(taken))
                    .limit(NEXT_OFFERED).map(SlotChoice::of).toList());
        }
    }
}
