package fr.visioaccueil.label;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.WeeklySchedule;
import java.time.LocalDate;
import java.util.List;

/**
 * What the label looks at for one point, read at one moment: its weekly opening hours, its conventions,
 * its trained mediators, and the day it is judged on.
 */
record PointFacts(long pointId, String name, String commune, WeeklySchedule schedule,
                  List<Partnership> partnerships, int trainedStaff, LocalDate today) {

    /** Organisations under a convention in force today: ended and not yet started conventions do not count. */
    List<Organisation> currentPartners() {
        return partnerships.stream().filter(partnership -> partnership.convention().isCurrentOn(today))
                .map(Partnership::organisation).distinct().toList();
    }
}
