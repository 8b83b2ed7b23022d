package fr.visioaccueil;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a MockMvc request in as a staff account loaded by the platform's own user service, so that the
 * principal is the real {@link fr.visioaccueil.shared.StaffMember} with its role, points and organisation.
 */
public final class StaffSessions {

    public static final String COORDINATOR = "coordination@espap46.example";
    /** Mediator of ESP@P Bretenoux only. */
    public static final String MEDIATOR_BRETENOUX = "claire.lafon@espap46.example";
    public static final String AGENT_CAF = "agent.caf@espap46.example";
    public static final String CORRESPONDENT_CAF = "correspondant.caf@espap46.example";
    public static final String DEMO_PASSWORD = "visio-demo-2009";

    private final UserDetailsService users;

    public StaffSessions(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
