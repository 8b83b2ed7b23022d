package fr.visioaccueil.network;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the registry's web tests share: the platform, MockMvc, staff sign-in and a database fingerprint. */
@PlatformTest
@AutoConfigureMockMvc
abstract class RegistryWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Points points;
    @Autowired
    Organisations organisations;
    @Autowired
    Conventions conventions;

    StaffSessions staff;

    @BeforeEach
    void signInHelper() {
        staff = new StaffSessions(users);
    }

    RequestPostProcessor coordinator() {
        return staff.as(StaffSessions.COORDINATOR);
    }

    String fingerprint() {
        return RegistryFingerprint.of(jdbc);
    }

    long pointNamed(String name) {
        return points.all().stream().filter(point -> point.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    long organisationShortNamed(String shortName) {
        return organisations.all().stream().filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow()
                .getId();
    }

    /** A point of its own for a test that changes things, so that no other test sees it. */
    Point newPoint(String name) {
        long community = jdbc.sql("SELECT min(id) FROM community").query(Long.class).single();
        return points.create(new PointDetails(name, "Cahors", community, "1 place Test", "46000", HostType.OTHER,
                "Maison test", false, false, false, false, "", "", "", OpenDataFacts.NONE));
    }
}
