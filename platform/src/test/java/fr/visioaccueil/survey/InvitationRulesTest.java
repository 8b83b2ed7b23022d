package fr.visioaccueil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Survey token rules: well-formed tokens only, one answer per invitation, none after the expiry day. */
class InvitationRulesTest {

    private static final LocalDate EXPIRES = LocalDate.of(2026, 12, 12);

    @Test
    void aNewTokenIs43UrlSafeCharactersAndHashesTheSameEveryTime() {
        String token = InvitationTokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(InvitationTokens.hashOf(token)).isPresent().get().asString().hasSize(64)
                .isEqualTo(InvitationTokens.hashOf(token).orElseThrow());
        assertThat(InvitationTokens.newToken()).isNotEqualTo(token);
    }

    @Test
    void aTamperedTokenIsRefusedBeforeAnyLookup() {
        String token = InvitationTokens.newToken();

        assertThat(InvitationTokens.hashOf(token.substring(1))).isEmpty();
        assertThat(InvitationTokens.hashOf(token + "A")).isEmpty();
        assertThat(InvitationTokens.hashOf(token.substring(0, 42) + "%")).isEmpty();
        assertThat(InvitationTokens.hashOf(null)).isEmpty();
        String oneCharacterChanged = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertThat(InvitationTokens.hashOf(oneCharacterChanged)).isNotEqualTo(InvitationTokens.hashOf(token));
    }

    @Test
    void anInvitationIsOpenUntilItsExpiryDayIncluded() {
        assertThat(InvitationState.of(true, false, EXPIRES, EXPIRES.minusDays(13))).isEqualTo(InvitationState.OPEN);
        assertThat(InvitationState.of(true, false, EXPIRES, EXPIRES)).isEqualTo(InvitationState.OPEN);
        assertThat(InvitationState.of(true, false, EXPIRES, EXPIRES.plusDays(1))).isEqualTo(InvitationState.EXPIRED);
    }

    @Test
    void aUsedInvitationStaysUsedEvenOnceExpiredAndAnUnknownOneIsUnknown() {
        assertThat(InvitationState.of(true, true, EXPIRES, EXPIRES)).isEqualTo(InvitationState.USED);
        assertThat(InvitationState.of(true, true, EXPIRES, EXPIRES.plusDays(30))).isEqualTo(InvitationState.USED);
        assertThat(InvitationState.of(false, false, LocalDate.MIN, EXPIRES)).isEqualTo(InvitationState.UNKNOWN);
    }
}
