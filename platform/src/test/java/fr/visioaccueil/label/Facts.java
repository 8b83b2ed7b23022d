package fr.visioaccueil.label;

import fr.visioaccueil.network.Convention;
import fr.visioaccueil.network.ConventionTerms;
import fr.visioaccueil.network.NationalOperator;
import fr.visioaccueil.network.OpeningRange;
import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.OrganisationCategory;
import fr.visioaccueil.network.OrganisationDetails;
import fr.visioaccueil.network.WeeklySchedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builds the facts of an imaginary point, judged on a fixed day. */
final class Facts {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 12);

    private final List<OpeningRange> hours = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private int trainedStaff;

    static Facts point() {
        return new Facts();
    }

    /** Opens that day (1 = Monday) from one time to another, e.g. open(1, "09:00", "12:00"). */
    Facts open(int day, String opens, String closes) {
        hours.add(new OpeningRange(day, LocalTime.parse(opens), LocalTime.parse(closes)));
        return this;
    }

    /** A partner under a convention from {@code startsOn} to {@code endsOn} (null: no end). */
    Facts partner(String shortName, OrganisationCategory category, NationalOperator operator,
                  LocalDate startsOn, LocalDate endsOn) {
        Organisation organisation = Organisation.create(new OrganisationDetails(shortName + " du Lot", shortName,
                category, operator, "", "", "", ""));
        Convention convention = Convention.create(new ConventionTerms(1, 1, "Accueil", "", "Correspondant", "",
                startsOn, endsOn, List.of()));
        partnerships.add(new Partnership(convention, organisation));
        return this;
    }

    /** A partner under a convention that started long ago and has no end. */
    Facts partner(String shortName, OrganisationCategory category, NationalOperator operator) {
        return partner(shortName, category, operator, LocalDate.of(2009, 9, 1), null);
    }

    Facts trained(int count) {
        trainedStaff = count;
        return this;
    }

    PointFacts build() {
        return new PointFacts(1, "ESP@P Essai", "Essai", new WeeklySchedule(List.copyOf(hours)),
                List.copyOf(partnerships), trainedStaff, TODAY);
    }
}
