package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.visioaccueil.PlatformTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every staff URL × every kind of visitor, as listed in {@code access-control.csv}: who is let in, who is
 * refused. The staff are the real accounts of the demo network, as the sign-in would load them.
 */
@PlatformTest
class AccessControlTest {

    private static final String TABLE = "/fr/visioaccueil/browser/access-control.csv";
    private static final String ANONYMOUS = "anonymous";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService staff;

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("table")
    void onlyTheRolesListedInTheTableAreLetIn(String request, String visitor, String expected) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String[] methodAndUrl = request.split(" ", 2);
        boolean post = methodAndUrl[0].equals("POST");
        MockHttpServletRequestBuilder call = post ? post(methodAndUrl[1]).with(csrf()) : get(methodAndUrl[1]);
        MockHttpServletResponse response = mvc.perform(call.with(as(visitor))).andReturn().getResponse();
        String seen = response.getStatus() + " " + response.getRedirectedUrl();
        boolean toSignIn = response.getStatus() / 100 == 3 && String.valueOf(response.getRedirectedUrl())
                .endsWith("/connexion");

        if (expected.equals("deny")) {
            // what scripts fetch (/visio/turn) answers a signed-out visitor 401 rather than the sign-in page
            boolean signInAsked = toSignIn || response.getStatus() == 401;
            assertThat(ANONYMOUS.equals(visitor) ? signInAsked : response.getStatus() == 403).as(seen).isTrue();
        } else {
            assertThat(response.getStatus()).as(seen).isNotIn(401, 403).isLessThan(500);
            assertThat(toSignIn).as(seen).isFalse();
            // a page of a missing record (id 999999) lets the visitor in, to answer 404
            if (!post && !(methodAndUrl[1].contains("/999999") && response.getStatus() == 404)) {
                assertThat(response.getStatus()).as(seen).isLessThan(400);
            }
        }
    }

    private RequestPostProcessor as(String visitor) {
        return ANONYMOUS.equals(visitor) ? anonymous()
                : user(staff.loadUserByUsername(DemoStaff.valueOf(visitor).email()));
    }

    static Stream<Arguments> table() throws IOException {
        List<String[]> rows = readTable();
        String[] visitors = rows.get(0);
        return rows.stream().skip(1).flatMap(row -> Stream.iterate(1, column -> column < visitors.length,
                column -> column + 1).map(column -> Arguments.of(row[0], visitors[column], row[column])));
    }

    private static List<String[]> readTable() throws IOException {
        try (InputStream in = AccessControlTest.class.getResourceAsStream(TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new))
                    .toList();
        }
    }
}
