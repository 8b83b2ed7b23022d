package fr.visioaccueil.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Protection of the sign-in against guessing.
 *
 * @param slowdownAfter failed attempts after which every further attempt waits
 * @param slowdownStep added wait per failed attempt beyond {@code slowdownAfter}
 * @param lockAfter failed attempts that lock the account
 * @param lockFor how long the account stays locked
 * @param invitationValidity how long a one-time link to choose a password stays valid
 */
@ConfigurationProperties("visio.sign-in")
record SignInProperties(
        @DefaultValue("3") int slowdownAfter,
        @DefaultValue("500ms") Duration slowdownStep,
        @DefaultValue("5") int lockAfter,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue("72h") Duration invitationValidity) {
}
