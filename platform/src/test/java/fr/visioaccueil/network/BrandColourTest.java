package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BrandColourTest {

    @Test
    void contrastWithWhiteFollowsWcag() {
        assertThat(BrandColour.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(BrandColour.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(BrandColour.contrastWithWhite("#767676")).isCloseTo(4.54, within(0.01));
        assertThat(BrandColour.contrastWithWhite("#777777")).isLessThan(4.5);
    }

    @Test
    void aColourWhiteTextCannotBeReadOnIsRefusedOnItsField() {
        BrandColour.requireReadable("primaryColor", "#1d5b79");
        assertThatThrownBy(() -> BrandColour.requireReadable("accentColor", "#ffcc00"))
                .isInstanceOfSatisfying(InvalidChange.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("accentColor");
                    assertThat(refusal.messageKey()).isEqualTo("network.colour.contrast");
                });
        assertThatThrownBy(() -> BrandColour.requireReadable("primaryColor", "bleu"))
                .isInstanceOfSatisfying(InvalidChange.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("network.colour.format"));
    }
}
