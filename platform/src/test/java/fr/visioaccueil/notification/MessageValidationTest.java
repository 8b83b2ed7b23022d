package fr.visioaccueil.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What an SMS and an e-mail accept, and how a French number and French text are brought to SMS form. */
@ExtendWith(OutputCaptureExtension.class)
class MessageValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "0612345678", "+33612345678", "+33 6 12 34 56 78", "0033612345678",
        "0033 6 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "06 12 34 56 78"})
    void frenchMobileNumbersAreWrittenInE164(String number) {
        assertThat(new Sms(number, "Bonjour").phoneNumber()).isEqualTo("+33612345678");
    }

    @Test
    void numbersStartingWith07AreMobilesToo() {
        assertThat(Sms.e164("07 81 22 33 44")).isEqualTo("+33781223344");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"05 65 40 00 00", "+33565400000", "06 12 34 56", "06 12 34 56 78 9", "+44 7911 123456",
        "0044 7911 123456", "336 12 34 56 78", "+33 0612345678", "06 12 34 56 7a", "bonjour"})
    void otherNumbersAreRefusedWithAClearMessage(String number) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(number, "Bonjour"))
                .withMessageContaining("Not a French mobile number");
    }

    @Test
    void anSmsHoldsAtMost160Characters() {
        assertThat(new Sms("0612345678", "a".repeat(160)).text()).hasSize(160);
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms("0612345678", "a".repeat(161)))
                .withMessageContaining("160").withMessageContaining("161");
    }

    @Test
    void extensionCharactersCountTwice() {
        assertThat(GsmAlphabet.septets("a".repeat(158) + "€")).isEqualTo(160);
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms("0612345678", "a".repeat(159) + "€"));
    }

    @Test
    void frenchLettersOutsideTheAlphabetLoseTheirAccentAndTypographyBecomesPlain() {
        Sms sms = new Sms("0612345678", "Rendez-vous à l’ESP@P — n’oubliez pas l’avis d’impôt, reçu « ici »… "
                + "Noël, Œuvre, château, où, été");

        assertThat(sms.text()).isEqualTo("Rendez-vous à l'ESP@P - n'oubliez pas l'avis d'impot, recu \" ici \"... "
                + "Noel, OEuvre, chateau, où, été");
    }

    @Test
    void theReplacementsCountInTheLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms("0612345678", "a".repeat(158) + "…"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rendez-vous confirmé 👍", "Привет", "Rendez-vous 10h–11h ✓", "ŝ"})
    void charactersWithoutAnEquivalentAreRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms("0612345678", text))
                .withMessageContaining("An SMS cannot carry the character");
    }

    @Test
    void anSmsNeedsAText() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms("0612345678", " "));
    }

    @Test
    void theLoggingGatewayWritesTheSmsToTheLog(CapturedOutput output) {
        new LoggingSmsGateway().send(new Sms("06 98 76 54 32", "Rappel : rendez-vous demain à 10 h"));

        assertThat(output.getOut()).contains("+33698765432", "Rappel : rendez-vous demain à 10 h");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "claire", "claire@", "@espap46.example", "claire@espap46", "claire lafon@espap46.fr",
        "claire@@espap46.fr", "claire@espap46.fr\r\nBcc: tous@exemple.fr"})
    void anImplausibleAddressIsRefused(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Email(address, "Objet", "Texte"))
                .withMessageContaining("e-mail address");
    }

    @Test
    void anEmailNeedsASubjectOnOneLineAndAText() {
        assertThat(new Email("claire.lafon@espap46.example", "Objet", "Texte").attachments()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new Email("c@exemple.fr", " ", "Texte"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Email("c@exemple.fr", "A\nBcc: x@y.fr", "Texte"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Email("c@exemple.fr", "Objet", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new Email("c@exemple.fr", "Objet", "Texte",
                List.of(new Attachment(" ", "text/plain", new byte[0]))));
    }
}
