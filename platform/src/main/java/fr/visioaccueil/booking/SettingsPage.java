package fr.visioaccueil.booking;

import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Conventions;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the rendez-vous settings pages show of an organisation (permanences, motifs, absences, the appointments
 * they leave aside, and the choices), and how their forms are saved.
 */
@Component
class SettingsPage {

    private final Permanences permanences;
    private final Motifs motifs;
    private final Absences absences;
    private final Appointments appointments;
    private final Organisations organisations;
    private final Conventions conventions;
    private final Points points;
    private final StaffDirectory staff;
    private final Clock clock;

    SettingsPage(Permanences permanences, Motifs motifs, Absences absences, Appointments appointments,
                 Organisations organisations, Conventions conventions, Points points, StaffDirectory staff,
                 Clock clock) {
        this.permanences = permanences;
        this.motifs = motifs;
        this.absences = absences;
        this.appointments = appointments;
        this.organisations = organisations;
        this.conventions = conventions;
        this.points = points;
        this.staff = staff;
        this.clock = clock;
    }

    /** Beside each permanence and absence, how many booked appointments it leaves aside. */
    void overview(Model model, long organisationId, boolean editable) {
        choices(model, organisationId);
        List<Permanence> all = permanences.ofOrganisation(organisationId);
        List<Absence> coming = absences.ofOrganisation(organisationId, clock.instant());
        model.addAttribute("permanences", all).addAttribute("motifs", motifs.ofOrganisation(organisationId))
                .addAttribute("absences", coming).addAttribute("editable", editable)
                .addAttribute("outside", all.stream().collect(Collectors.toMap(Permanence::id,
                        p -> appointments.outside(p).size())))
                .addAttribute("hit", coming.stream().collect(Collectors.toMap(Absence::id,
                        a -> appointments.hitBy(a).size())));
    }

    /** The organisation, its partner accounts and the points under a convention with it. */
    void choices(Model model, long organisationId) {
        Map<Long, String> agents = staff.partnersOf(organisationId);
        List<Point> served = conventions.ofOrganisation(organisationId).stream().map(c -> c.getPointId()).distinct()
                .map(points::get).sorted(Comparator.comparing(Point::getName)).toList();
        model.addAttribute("organisation", organisations.get(organisationId)).addAttribute("agents", agents)
                .addAttribute("servedPoints", served)
                .addAttribute("pointNames", served.stream().collect(Collectors.toMap(Point::getId, Point::getName)));
    }

    /** The signed-in correspondent: only they change their organisation's settings. */
    static StaffMember correspondent() {
        StaffMember member = BookingScope.currentPartner();
        BookingScope.requireCorrespondent(member, member.organisationId());
        return member;
    }

    /** Through the usual cancel path, which frees the slot and tells the citizen and the point. */
    void cancelAside(long appointmentId, RedirectAttributes redirect) {
        try {
            appointments.cancel(appointments.visibleTo(appointmentId, correspondent()), Party.AGENT);
            redirect.addFlashAttribute("flash", "booking.cancelled");
        } catch (BookingRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
    }

    String form(Model model, String view) {
        choices(model, correspondent().organisationId());
        return view;
    }

    /**
     * Saves unless the form has errors, then goes to the address {@code change} returns; a refusal from the rules
     * is shown on {@code field}, with the form as typed (400).
     */
    String save(BindingResult errors, Model model, RedirectAttributes redirect, String view, String field,
                Function<StaffMember, String> change) {
        return save(errors, model, redirect, view, field, "booking.settings.saved", change);
    }

    /** The same, with the message {@code done} once saved. */
    String save(BindingResult errors, Model model, RedirectAttributes redirect, String view, String field,
                String done, Function<StaffMember, String> change) {
        StaffMember correspondent = correspondent();
        if (!errors.hasErrors()) {
            try {
                String target = change.apply(correspondent);
                redirect.addFlashAttribute("flash", done);
                return "redirect:" + target;
            } catch (BookingRefused refused) {
                errors.rejectValue(field, refused.messageKey());
            }
        }
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse()
                .setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, view);
    }
}
