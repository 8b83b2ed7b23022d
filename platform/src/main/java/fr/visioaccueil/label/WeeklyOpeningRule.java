package fr.visioaccueil.label;

import java.time.Duration;

/** Open long enough each week over enough distinct days (RSP 2009: 24 h over 3 days; France Services: over 5). */
record WeeklyOpeningRule(Duration minimum, int minDays) implements LabelRule {

    @Override
    public Outcome judge(PointFacts facts) {
        Duration open = facts.schedule().total();
        long days = facts.schedule().days();
        Duration missing = minimum.minus(open);
        Reason hours = Reason.duration(open);
        Reason dayCount = Reason.days(days);
        boolean enoughDays = days >= minDays;
        if (missing.isNegative() || missing.isZero()) {
            return enoughDays ? Outcome.met(Reason.of("label.opening.met", hours, dayCount))
                    : Outcome.unmet(Reason.of("label.opening.short.days", hours, dayCount, Reason.days(minDays)));
        }
        Reason lacking = Reason.duration(missing);
        return enoughDays ? Outcome.unmet(Reason.of("label.opening.short.hours", hours, dayCount, lacking))
                : Outcome.unmet(Reason.of("label.opening.short.both", hours, dayCount, lacking, Reason.days(minDays)));
    }

    @Override
    public Reason requirement() {
        return Reason.of("label.opening.requirement", Reason.duration(minimum), Reason.days(minDays));
    }
}
