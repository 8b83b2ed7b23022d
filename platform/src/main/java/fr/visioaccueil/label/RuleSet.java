package fr.visioaccueil.label;

import fr.visioaccueil.network.NationalOperator;
import fr.visioaccueil.network.OrganisationCategory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A label rule set (<i>référentiel du label</i>) as stored: thresholds in data, turned here into the named rules
 * that judge a point. A threshold at zero (or an empty list) asks for nothing and makes no rule.
 */
record RuleSet(String code, String name, Duration minWeeklyOpening, int minDays,
               List<OrganisationCategory> requiredCategories, int minTrainedStaff,
               List<NationalOperator> requiredOperators) {

    List<LabelRule> rules() {
        List<LabelRule> rules = new ArrayList<>();
        if (!minWeeklyOpening.isZero() || minDays > 0) {
            rules.add(new WeeklyOpeningRule(minWeeklyOpening, minDays));
        }
        requiredCategories.forEach(category -> rules.add(new PartnerCategoryRule(category)));
        if (minTrainedStaff > 0) {
            rules.add(new TrainedStaffRule(minTrainedStaff));
        }
        if (!requiredOperators.isEmpty()) {
            rules.add(new NationalOperatorsRule(requiredOperators));
        }
        return rules;
    }

    List<Outcome> judge(PointFacts facts) {
        return rules().stream().map(rule -> rule.judge(facts)).toList();
    }
}
