package fr.visioaccueil.label;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Tells whether the network's points meet the label (<i>conformité au label</i>) under the rule set the
 * coordinator has chosen. Computed from the registry as it is when asked, never cached: changing a point's
 * hours or conventions changes its status at once. Reasons are written in the current request's language.
 */
@Service
public class LabelCompliance {

    private final RuleSets ruleSets;
    private final PointFactsReader facts;
    private final ReasonText text;

    LabelCompliance(RuleSets ruleSets, PointFactsReader facts, ReasonText text) {
        this.ruleSets = ruleSets;
        this.facts = facts;
        this.text = text;
    }

    /** One point's status; throws {@link fr.visioaccueil.shared.NotFound} for an unknown point. */
    public PointCompliance check(long pointId) {
        return judge(ruleSets.selected().ruleSet(), facts.of(pointId), locale());
    }

    /** Every point's status, in the registry's order (by name). */
    public List<PointCompliance> all() {
        RuleSet ruleSet = ruleSets.selected().ruleSet();
        Locale locale = locale();
        return facts.all().stream().map(point -> judge(ruleSet, point, locale)).toList();
    }

    /** What the chosen rule set asks of a point, one sentence per criterion. */
    public List<String> criteria() {
        Locale locale = locale();
        return ruleSets.selected().ruleSet().rules().stream()
                .map(rule -> text.of(rule.requirement(), locale)).toList();
    }

    private PointCompliance judge(RuleSet ruleSet, PointFacts point, Locale locale) {
        List<Finding> findings = ruleSet.judge(point).stream()
                .map(outcome -> new Finding(outcome.met(), text.of(outcome.reason(), locale))).toList();
        return new PointCompliance(point.pointId(), point.name(), point.commune(), ruleSet.code(), ruleSet.name(),
                findings.stream().allMatch(Finding::met), findings);
    }

    /** Outside a web request (a job, another module's listener) the network's own language, French, is used. */
    private static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null || context.getLocale() == null ? Locale.FRENCH : context.getLocale();
    }
}
