package fr.visioaccueil.label;

import static fr.visioaccueil.label.LabelTexts.french;
import static fr.visioaccueil.network.OrganisationCategory.EMPLOYMENT_TRAINING;
import static fr.visioaccueil.network.OrganisationCategory.SOCIAL;
import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.network.NationalOperator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two seeded rule sets, as the migration stores them, judging whole points. */
class RuleSetTest {

    static final RuleSet RSP_2009 = new RuleSet("RSP_2009", "Relais Services Publics (2009)", Duration.ofHours(24), 3,
            List.of(SOCIAL, EMPLOYMENT_TRAINING), 0, List.of());
    static final RuleSet FRANCE_SERVICES = new RuleSet("FRANCE_SERVICES", "France Services", Duration.ofHours(24), 5,
            List.of(), 2, List.of(NationalOperator.values()));

    @Test
    void eachThresholdBecomesANamedRule() {
        assertThat(RSP_2009.rules()).containsExactly(new WeeklyOpeningRule(Duration.ofHours(24), 3),
                new PartnerCategoryRule(SOCIAL), new PartnerCategoryRule(EMPLOYMENT_TRAINING));
        assertThat(FRANCE_SERVICES.rules()).containsExactly(new WeeklyOpeningRule(Duration.ofHours(24), 5),
                new TrainedStaffRule(2), new NationalOperatorsRule(List.of(NationalOperator.values())));
    }

    @Test
    void aThresholdAtZeroAsksForNothing() {
        assertThat(new RuleSet("NONE", "Sans critère", Duration.ZERO, 0, List.of(), 0, List.of()).rules()).isEmpty();
    }

    @Test
    void aTypicalLotPointMeetsTheRelaisButNotFranceServices() {
        PointFacts facts = lotPoint().build();

        assertThat(RSP_2009.judge(facts)).allMatch(Outcome::met);
        List<String> unmet = FRANCE_SERVICES.judge(facts).stream().filter(outcome -> !outcome.met())
                .map(outcome -> french(outcome.reason())).toList();
        assertThat(unmet).containsExactly("1 agent formé sur 2 requis.",
                "Opérateurs nationaux manquants : CNAV, MSA, DGFiP, ANTS, Justice, La Poste.");
    }

    @Test
    void everyUnmetCriterionGivesItsOwnReason() {
        PointFacts facts = Facts.point().open(1, "09:00", "12:00").partner("CAF", SOCIAL, NationalOperator.CAF).build();

        assertThat(RSP_2009.judge(facts).stream().filter(outcome -> !outcome.met()).map(o -> french(o.reason())))
                .containsExactly("Ouvert 3 h sur 1 jour : il manque 21 h et il faut ouvrir au moins 3 jours.",
                        "Aucun partenaire « emploi-formation » sous convention en cours.");
    }

    /** Five days of 6 h 30 (32 h 30), CAF, CPAM, ANPE and the Mission Locale, one trained mediator. */
    private static Facts lotPoint() {
        Facts facts = Facts.point().trained(1).partner("CAF", SOCIAL, NationalOperator.CAF)
                .partner("CPAM", SOCIAL, NationalOperator.CPAM)
                .partner("ANPE", EMPLOYMENT_TRAINING, NationalOperator.FRANCE_TRAVAIL)
                .partner("Mission Locale", EMPLOYMENT_TRAINING, null);
        for (int day = 1; day <= 5; day++) {
            facts.open(day, "09:00", "12:00").open(day, "13:30", "17:00");
        }
        return facts;
    }
}
