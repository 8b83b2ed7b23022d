package fr.visioaccueil.shared;

import org.springframework.core.env.Environment;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people use to reach the platform, for links printed or published: {@code visio.public-url} when
 * set, otherwise the address of the current request (forwarded headers honoured), without a trailing slash.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    /**
     * For links written outside a request (e-mails sent by a job, invitations): {@code visio.public-url} when set,
     * otherwise {@code http://localhost:<port>}, the port read at each call since it is known only once started.
     */
    public static String outsideRequest(Environment environment) {
        String configured = environment.getProperty("visio.public-url", "");
        return configured.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) : configured.replaceAll("/+$", "");
    }

    public static String of(Environment environment) {
        String configured = environment.getProperty("visio.public-url", "");
        return configured.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configured.replaceAll("/+$", "");
    }
}
