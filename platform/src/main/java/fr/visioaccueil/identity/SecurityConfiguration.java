package fr.visioaccueil.identity;

import fr.visioaccueil.shared.ErrorPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Who may reach what. Public pages and the read-only API are open; every staff area needs its role;
 * anything not listed here is denied, so a new page is closed until someone opens it on purpose.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/points", "/points/**", "/api/points", "/api/points/**",
                                "/connexion", "/mot-de-passe/choisir", "/css/**", "/js/**", "/webjars/**",
                                "/theme.css", "/reseau/logo", "/organismes/*/logo", "/error", "/favicon.ico",
                                "/actuator/health", "/avis/**", "/donnees-ouvertes/**").permitAll()
                        // a citizen's personal appointment link: the token in the address is the key
                        .requestMatchers("/rendez-vous/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("COORDINATOR")
                        .requestMatchers("/mediateur/**").hasRole("MEDIATOR")
                        .requestMatchers("/organisme/**").hasAnyRole("PARTNER_AGENT", "PARTNER_CORRESPONDENT")
                        .requestMatchers("/espace", "/espace/**").authenticated()
                        .requestMatchers("/visio/turn").authenticated()
                        // the signaling socket authenticates by its signed room pass, so it survives a restart
                        .requestMatchers("/visio/signalisation").permitAll()
                        .requestMatchers("/visio/nouvel-entretien", "/visio/attente/**").hasRole("MEDIATOR")
                        .requestMatchers("/visio/file", "/visio/file/**")
                                .hasAnyRole("PARTNER_AGENT", "PARTNER_CORRESPONDENT")
                        .requestMatchers("/visio/**").hasAnyRole("MEDIATOR", "PARTNER_AGENT", "PARTNER_CORRESPONDENT")
                        // evaluation: the scope (own point, own organisation) is checked again by each controller
                        .requestMatchers("/evaluation/reseau", "/evaluation/reseau/**", "/evaluation/distances",
                                "/evaluation/distances/**", "/evaluation/semaines-non-validees",
                                "/evaluation/points/*/grille/*/reouverture").hasRole("COORDINATOR")
                        .requestMatchers("/evaluation/points/*/guichet", "/evaluation/points/*/guichet/**")
                                .hasRole("MEDIATOR")
                        .requestMatchers("/evaluation/points/**").hasAnyRole("COORDINATOR", "MEDIATOR")
                        .requestMatchers("/evaluation/organismes/**")
                                .hasAnyRole("COORDINATOR", "PARTNER_AGENT", "PARTNER_CORRESPONDENT")
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInRequired()))
                .formLogin(form -> form.loginPage("/connexion").loginProcessingUrl("/connexion")
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/espace", true).failureHandler(failureHandler).permitAll())
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnecte")
                        .deleteCookies("VISIO_SESSION"))
                .csrf(csrf -> csrf.csrfTokenRepository(new CitizenCsrfTokens()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // an interview's documents say SAMEORIGIN themselves: the room prints a PDF from a frame
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/visio/entretiens/*/documents/*")),
                                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY))));
        return http.build();
    }

    /** Pages send the visitor to the sign-in form; what a script fetches gets a 401 with a JSON error instead. */
    private static AuthenticationEntryPoint signInRequired() {
        AuthenticationEntryPoint inJson = (request, response, refusal) -> {
            ErrorPages.answerInJson(request);
            response.sendError(HttpStatus.UNAUTHORIZED.value());
        };
        return DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(inJson, PathPatternRequestMatcher.withDefaults().matcher("/visio/turn"))
                .addEntryPointFor(inJson, PathPatternRequestMatcher.withDefaults().matcher("/visio/entretiens/*/documents"))
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion")).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
