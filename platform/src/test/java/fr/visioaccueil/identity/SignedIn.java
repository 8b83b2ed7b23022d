package fr.visioaccueil.identity;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Demo staff members, signed in the way Spring Security holds them after a real sign-in. */
final class SignedIn {

    static final String COORDINATOR = "coordination@espap46.example";
    static final String MEDIATOR = "claire.lafon@espap46.example";
    static final String PARTNER_AGENT = "agent.caf@espap46.example";
    static final String DEMO_PASSWORD = "visio-demo-2009";

    private SignedIn() {
    }

    static RequestPostProcessor as(StaffUserDetailsService users, String email) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(email));
    }
}
