package fr.visioaccueil.booking;

import fr.visioaccueil.StaffSessions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the booking module's page tests share: the pages through MockMvc, a CAF permanence of their own at
 * Bretenoux made before each test, and the staff's sessions. Each subclass carries {@code @PlatformTest} and
 * {@code @AutoConfigureMockMvc}, so that they all share one application context.
 */
abstract class BookingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    BookingFixtures fixtures;
    StaffSessions sessions;

    @BeforeEach
    void permanence() {
        fixtures = BookingFixtures.withPermanence(context);
        sessions = new StaffSessions(users);
    }
}
