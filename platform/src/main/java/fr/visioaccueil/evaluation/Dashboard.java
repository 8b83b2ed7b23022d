package fr.visioaccueil.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every tile of a dashboard for one scope and period, read from the counters.
 *
 * @param weeks      visio interviews per week, split by organisation
 * @param byKind       services by kind (grid kinds only)
 * @param appointments appointments booked for the period's days and not cancelled, passed or not
 * @param noShows      the no-show rate's figures
 * @param visio      per organisation: interviews, travel avoided, waits
 */
record Dashboard(DashboardScope scope, Period period, List<WeekLine> weeks, List<String> organisations,
                 Map<ServiceKind, Long> byKind, long appointments, NoShows noShows, List<VisioLine> visio,
                 Optional<SatisfactionTile.Satisfaction> satisfaction, double co2KgPerKm) {

    /** One week: its Monday's ISO name and the interviews of each organisation, in {@code organisations}' order. */
    record WeekLine(Week week, List<Long> counts) {
        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    record VisioLine(String organisation, long interviews, long km, long minutes, long waitSeconds) {
    }

    public long interviews() {
        return visio.stream().mapToLong(VisioLine::interviews).sum();
    }

    public long km() {
        return visio.stream().mapToLong(VisioLine::km).sum();
    }

    public long minutes() {
        return visio.stream().mapToLong(VisioLine::minutes).sum();
    }

    public double co2Kg() {
        return Trip.co2Kg(km(), co2KgPerKm);
    }

    /**
     * The no-show rate (<i>taux de rendez-vous non honorés</i>): appointments whose citizen did not come, over the
     * appointments that were due, that is not cancelled and on a day of the period already over (see
     * {@link Period#elapsed}).
     */
    record NoShows(long missed, long due) {

        /** Rounded percent; null when no appointment was due: no rate to show. */
        public Integer percent() {
            return due == 0 ? null : (int) Math.round(100.0 * missed / due);
        }
    }

    /** Mean minutes between the request and the admission; null without interviews. */
    public Double meanWaitMinutes() {
        long interviews = interviews();
        return interviews == 0 ? null : visio.stream().mapToLong(VisioLine::waitSeconds).sum() / 60.0 / interviews;
    }

    public long servicesTotal() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
