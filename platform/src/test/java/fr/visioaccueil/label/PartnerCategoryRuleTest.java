package fr.visioaccueil.label;

import static fr.visioaccueil.label.Facts.TODAY;
import static fr.visioaccueil.label.LabelTexts.french;
import static fr.visioaccueil.network.OrganisationCategory.EMPLOYMENT_TRAINING;
import static fr.visioaccueil.network.OrganisationCategory.OTHER;
import static fr.visioaccueil.network.OrganisationCategory.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.NationalOperator;
import org.junit.jupiter.api.Test;

class PartnerCategoryRuleTest {

    private final PartnerCategoryRule social = new PartnerCategoryRule(SOCIAL);
    private final PartnerCategoryRule employment = new PartnerCategoryRule(EMPLOYMENT_TRAINING);

    @Test
    void aCurrentPartnerOfTheCategoryMeetsItAndIsNamed() {
        PointFacts facts = Facts.point().partner("CAF", SOCIAL, NationalOperator.CAF).partner("UDAF", SOCIAL, null)
                .partner("ANPE", EMPLOYMENT_TRAINING, NationalOperator.FRANCE_TRAVAIL).build();

        Outcome outcome = social.judge(facts);

        assertThat(outcome.met()).isTrue();
        assertThat(french(outcome.reason())).isEqualTo("Partenaire « social » sous convention en cours : CAF, UDAF.");
        assertThat(employment.judge(facts).met()).isTrue();
    }

    @Test
    void noPartnerOfTheCategoryIsSaidPrecisely() {
        PointFacts facts = Facts.point().partner("CAF", SOCIAL, NationalOperator.CAF).build();

        Outcome outcome = employment.judge(facts);

        assertThat(outcome.met()).isFalse();
        assertThat(french(outcome.reason()))
                .isEqualTo("Aucun partenaire « emploi-formation » sous convention en cours.");
    }

    @Test
    void anEndedConventionDoesNotCount() {
        PointFacts facts = Facts.point().partner("Mission Locale", EMPLOYMENT_TRAINING, null,
                TODAY.minusYears(2), TODAY.minusDays(1)).build();

        assertThat(employment.judge(facts).met()).isFalse();
    }

    @Test
    void aConventionNotYetStartedDoesNotCount() {
        PointFacts facts = Facts.point().partner("Mission Locale", EMPLOYMENT_TRAINING, null,
                TODAY.plusDays(1), null).build();

        assertThat(employment.judge(facts).met()).isFalse();
    }

    @Test
    void aConventionCountsOnItsFirstAndLastDays() {
        assertThat(employment.judge(Facts.point().partner("Mission Locale", EMPLOYMENT_TRAINING, null,
                TODAY, null).build()).met()).isTrue();
        assertThat(employment.judge(Facts.point().partner("Mission Locale", EMPLOYMENT_TRAINING, null,
                TODAY.minusYears(1), TODAY).build()).met()).isTrue();
    }

    @Test
    void aPartnerOfAnotherCategoryDoesNotCount() {
        PointFacts facts = Facts.point().partner("Conciliateur", OTHER, null)
                .partner("ANPE", EMPLOYMENT_TRAINING, NationalOperator.FRANCE_TRAVAIL).build();

        assertThat(french(social.judge(facts).reason()))
                .isEqualTo("Aucun partenaire « social » sous convention en cours.");
    }

    @Test
    void theRequirementNamesTheCategory() {
        assertThat(french(employment.requirement()))
                .isEqualTo("Au moins un partenaire « emploi-formation » sous convention en cours.");
    }
}
