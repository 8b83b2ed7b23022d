package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rules of the open-data facts, without the platform: SIRET key, coordinates as typed, both or neither. */
class OpenDataFactsRulesTest {

    @Test
    void aSiretNeedsItsLuhnKeyOrLaPostesOwnRule() {
        assertThat(Siret.Check.hasValidKey("13002526500013")).isTrue();
        assertThat(Siret.Check.hasValidKey("13002526500014")).isFalse();
        assertThat(Siret.Check.hasValidKey("73282932000074")).isTrue();
        // La Poste's establishments: the sum of the digits is a multiple of 5, whatever Luhn says
        assertThat(Siret.Check.hasValidKey("35600000012346")).isTrue();
        assertThat(Siret.Check.hasValidKey("35600000012344")).isFalse();
        // the same rule elsewhere is no excuse: only La Poste's SIREN 356 000 000 has it
        assertThat(Siret.Check.hasValidKey("12345678901243")).isFalse();
        assertThat(Siret.Check.digitsOf(" 130 025 265 00013 ")).isEqualTo("13002526500013");
    }

    @Test
    void aCoordinateIsTypedWithAPointOrACommaAndKeptToTheMillionthOfADegree() {
        assertThat(Coordinate.Check.parse("44,8571")).isEqualByComparingTo("44.8571");
        assertThat(Coordinate.Check.parse(" -1.123456789 ")).isEqualTo(new BigDecimal("-1.123457"));
        assertThat(Coordinate.Check.parse("")).isNull();
        assertThat(Coordinate.Check.parse(null)).isNull();
    }

    @Test
    void theCoordinatesGoTogether() {
        assertThatThrownBy(() -> new OpenDataFacts("", "46038", BigDecimal.ONE, null))
                .isInstanceOfSatisfying(InvalidChange.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("longitude");
                    assertThat(refusal.messageKey()).isEqualTo("point.coordinates.pair");
                });
        assertThat(new OpenDataFacts(null, null, null, null)).isEqualTo(OpenDataFacts.NONE);
        assertThat(new OpenDataFacts("", "", new BigDecimal("44.915000"), new BigDecimal("1.839200")).latitudeText())
                .isEqualTo("44.915");
    }
}
