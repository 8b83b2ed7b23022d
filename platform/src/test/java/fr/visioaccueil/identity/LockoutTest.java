package fr.visioaccueil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.shared.StaffRole;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Repeated failed sign-ins slow down, then lock the account for a while; the coordinator can unlock it. */
@PlatformTest
@AutoConfigureMockMvc
class LockoutTest {

    private static final String PASSWORD = "le vrai mot de passe";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    StaffDirectory directory;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    SignInProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void locksAfterRepeatedFailuresEvenForTheRightPasswordUntilTheCoordinatorUnlocks() throws Exception {
        long id = account("distraite@espap46.example");
        for (int attempt = 1; attempt < properties.lockAfter(); attempt++) {
            mvc.perform(signIn("distraite@espap46.example", "mauvais")).andExpect(redirectedUrl("/connexion?erreur"));
        }
        mvc.perform(signIn("distraite@espap46.example", "mauvais")).andExpect(redirectedUrl("/connexion?verrouille"));
        mvc.perform(signIn("distraite@espap46.example", PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/connexion?verrouille"));
        mvc.perform(get("/connexion?verrouille"))
                .andExpect(content().string(containsString("ce compte est verrouillé pendant quelques minutes")));
        mvc.perform(get("/admin/comptes/" + id).with(SignedIn.as(users, SignedIn.COORDINATOR)))
                .andExpect(content().string(containsString("Verrouillé après des essais infructueux")));

        mvc.perform(post("/admin/comptes/" + id + "/deverrouiller").with(csrf())
                        .with(SignedIn.as(users, SignedIn.COORDINATOR)))
                .andExpect(flash().attribute("flash", "account.unlocked"));
        mvc.perform(signIn("distraite@espap46.example", PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInClearsTheCount() throws Exception {
        long id = account("presque@espap46.example");
        mvc.perform(signIn("presque@espap46.example", "mauvais"));
        mvc.perform(signIn("presque@espap46.example", "mauvais"));
        assertThat(accounts.findById(id).orElseThrow().failedAttempts()).isEqualTo(2);

        mvc.perform(signIn("presque@espap46.example", PASSWORD)).andExpect(authenticated());
        assertThat(accounts.findById(id).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void eachAttemptBeyondTheFirstFewWaitsLonger() throws Exception {
        long id = account("lente@espap46.example");
        SignInProperties slow = new SignInProperties(3, Duration.ofMillis(300), 5, Duration.ofMinutes(15),
                Duration.ofHours(72));
        LoginFailureHandler handler = new LoginFailureHandler(accounts, slow, Clock.systemUTC());

        long[] waits = IntStream.rangeClosed(1, 5).mapToLong(attempt -> timeFailure(handler, "lente@espap46.example"))
                .toArray();

        assertThat(waits[0]).isLessThan(300);
        assertThat(waits[2]).isLessThan(300);
        assertThat(waits[3]).isGreaterThanOrEqualTo(300);
        assertThat(waits[4]).isGreaterThanOrEqualTo(600);
        assertThat(accounts.findById(id).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void aLockThatRanOutStartsTheCountAgain() {
        long id = account("revenue@espap46.example");
        jdbc.sql("UPDATE staff_account SET failed_attempts = 5, locked_until = now() - interval '1 second'"
                + " WHERE id = :id").param("id", id).update();

        int attempts = accounts.recordFailure("revenue@espap46.example", Clock.systemUTC().instant(),
                properties.lockAfter(), properties.lockFor());

        assertThat(attempts).isEqualTo(1);
        assertThat(accounts.findById(id).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void parallelGuessesAreAllCounted() throws Exception {
        long id = account("assaillie@espap46.example");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        IntStream.range(0, 16).forEach(n -> pool.submit(() -> accounts.recordFailure("assaillie@espap46.example",
                Clock.systemUTC().instant(), 1000, Duration.ofMinutes(15))));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(accounts.findById(id).orElseThrow().failedAttempts()).isEqualTo(16);
    }

    private long timeFailure(LoginFailureHandler handler, String email) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/connexion");
        request.setParameter("email", email);
        long start = System.nanoTime();
        try {
            handler.onAuthenticationFailure(request, new MockHttpServletResponse(), new BadCredentialsException("no"));
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private long account(String email) {
        long id = directory.create(new NewStaffAccount(email, "Test Verrou", StaffRole.COORDINATOR, null, Set.of(),
                false));
        directory.setPassword(id, PASSWORD);
        return id;
    }

    private static RequestBuilder signIn(String email, String password) {
        return formLogin("/connexion").userParameter("email").user(email).password(password);
    }
}
