package fr.visioaccueil.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observation of each security filter, authorization and authentication: wrapping the dozen filters
 * of every request in observations cost a few percent of a page's CPU, for timers that nothing reads. The request's
 * own observation (the http.server.requests timer) stays.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
