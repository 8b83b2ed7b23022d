package fr.visioaccueil.label;

import static fr.visioaccueil.label.Facts.TODAY;
import static fr.visioaccueil.label.LabelTexts.french;
import static fr.visioaccueil.network.OrganisationCategory.EMPLOYMENT_TRAINING;
import static fr.visioaccueil.network.OrganisationCategory.OTHER;
import static fr.visioaccueil.network.OrganisationCategory.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.NationalOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalOperatorsRuleTest {

    private final NationalOperatorsRule allNine = new NationalOperatorsRule(List.of(NationalOperator.values()));

    @Test
    void theLotPartnersOf2009LackSixOperators() {
        PointFacts facts = Facts.point().partner("CAF", SOCIAL, NationalOperator.CAF)
                .partner("CPAM", SOCIAL, NationalOperator.CPAM)
                .partner("ANPE", EMPLOYMENT_TRAINING, NationalOperator.FRANCE_TRAVAIL)
                .partner("UDAF", SOCIAL, null).build();

        Outcome outcome = allNine.judge(facts);

        assertThat(outcome.met()).isFalse();
        assertThat(french(outcome.reason()))
                .isEqualTo("Opérateurs nationaux manquants : CNAV, MSA, DGFiP, ANTS, Justice, La Poste.");
    }

    @Test
    void allNineOperatorsUnderCurrentConventionsMeetIt() {
        Facts facts = Facts.point();
        for (NationalOperator operator : NationalOperator.values()) {
            facts.partner(operator.name(), OTHER, operator);
        }

        Outcome outcome = allNine.judge(facts.build());

        assertThat(outcome.met()).isTrue();
        assertThat(french(outcome.reason())).isEqualTo("Opérateurs nationaux présents : "
                + "CAF, CPAM, CNAV, MSA, France Travail, DGFiP, ANTS, Justice, La Poste.");
    }

    @Test
    void anOperatorWhoseConventionEndedOrHasNotStartedIsMissing() {
        Facts facts = Facts.point();
        for (NationalOperator operator : NationalOperator.values()) {
            if (operator == NationalOperator.ANTS) {
                facts.partner("ANTS", OTHER, operator, TODAY.minusYears(1), TODAY.minusDays(1));
            } else if (operator == NationalOperator.MSA) {
                facts.partner("MSA", OTHER, operator, TODAY.plusMonths(1), null);
            } else {
                facts.partner(operator.name(), OTHER, operator);
            }
        }

        assertThat(french(allNine.judge(facts.build()).reason()))
                .isEqualTo("Opérateurs nationaux manquants : MSA, ANTS.");
    }

    @Test
    void theRequirementListsTheOperators() {
        NationalOperatorsRule two = new NationalOperatorsRule(List.of(NationalOperator.DGFIP, NationalOperator.CAF));

        assertThat(french(two.requirement())).isEqualTo("Opérateurs nationaux sous convention en cours : CAF, DGFiP.");
    }
}
