package fr.visioaccueil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private static final String EMAIL = "claire.lafon@espap46.example";

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource({
            "court, password.tooShort",
            "onze carac., password.tooShort",
            "claire.lafon@espap46.example, password.email",
            "Claire.Lafon-2009!, password.email",
            "aaaaaaaaaaaaaaaa, password.weak",
            "121212121212, password.weak",
            "Motdepasse2024!, password.weak",
            "azertyuiop123, password.weak",
            "123456789012, password.weak",
            "PASSWORD-password, password.weak"})
    void refuses(String password, String reason) {
        assertThat(policy.problems(password, password, EMAIL)).containsExactly(new FieldProblem("password", reason));
    }

    @ParameterizedTest
    @CsvSource({"un pont sur la Dordogne", "'Figeac, Capdenac & Cajarc'", "motdepasse du causse de Gramat"})
    void accepts(String password) {
        assertThat(policy.problems(password, password, EMAIL)).isEmpty();
    }

    @Test
    void theConfirmationMustBeTheSame() {
        assertThat(policy.problems("un pont sur la Dordogne", "un pont sur la dordogne", EMAIL))
                .containsExactly(new FieldProblem("confirmation", "password.mismatch"));
    }

    @Test
    void refusesWhatIsTooLongToBeTyped() {
        String long201 = "a bcdefghij".repeat(19) + "klmnopqrstuvw";
        assertThat(long201).hasSize(222);
        assertThat(policy.problems(long201, long201, EMAIL))
                .containsExactly(new FieldProblem("password", "password.tooLong"));
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertThat(policy.problems(null, null, EMAIL)).containsExactly(new FieldProblem("password", "password.tooShort"));
    }
}
