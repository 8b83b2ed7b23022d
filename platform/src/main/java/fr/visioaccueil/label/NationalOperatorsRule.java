package fr.visioaccueil.label;

import fr.visioaccueil.network.NationalOperator;
import fr.visioaccueil.network.Organisation;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Every required national operator present through a partner under a convention in force (France Services). */
record NationalOperatorsRule(List<NationalOperator> required) implements LabelRule {

    @Override
    public Outcome judge(PointFacts facts) {
        Set<NationalOperator> present = facts.currentPartners().stream().map(Organisation::getNationalOperator)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<NationalOperator> missing = required.stream().filter(operator -> !present.contains(operator)).toList();
        return missing.isEmpty() ? Outcome.met(Reason.of("label.operators.met", names(required)))
                : Outcome.unmet(Reason.of("label.operators.missing", names(missing)));
    }

    @Override
    public Reason requirement() {
        return Reason.of("label.operators.requirement", names(required));
    }

    private static List<Reason> names(List<NationalOperator> operators) {
        return operators.stream().sorted().map(operator -> Reason.of("label.operator." + operator.name())).toList();
    }
}
