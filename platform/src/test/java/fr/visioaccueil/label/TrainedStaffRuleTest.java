package fr.visioaccueil.label;

import static fr.visioaccueil.label.LabelTexts.french;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainedStaffRuleTest {

    private final TrainedStaffRule twoTrained = new TrainedStaffRule(2);

    @Test
    void oneTrainedMediatorOfTwoRequiredIsNotEnough() {
        Outcome outcome = twoTrained.judge(Facts.point().trained(1).build());

        assertThat(outcome.met()).isFalse();
        assertThat(french(outcome.reason())).isEqualTo("1 agent formé sur 2 requis.");
    }

    @Test
    void noTrainedMediatorIsSaid() {
        assertThat(french(twoTrained.judge(Facts.point().trained(0).build()).reason()))
                .isEqualTo("0 agent formé sur 2 requis.");
    }

    @Test
    void twoOrMoreTrainedMediatorsMeetIt() {
        Outcome two = twoTrained.judge(Facts.point().trained(2).build());

        assertThat(two.met()).isTrue();
        assertThat(french(two.reason())).isEqualTo("2 agents formés au point (2 requis).");
        assertThat(twoTrained.judge(Facts.point().trained(3).build()).met()).isTrue();
    }

    @Test
    void theRequirementCountsAgents() {
        assertThat(french(twoTrained.requirement())).isEqualTo("Au moins 2 agents formés au point.");
    }
}
