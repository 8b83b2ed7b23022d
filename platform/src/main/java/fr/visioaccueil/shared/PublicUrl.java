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

    public static String of(Environment environment) {
        String configured = environment.getProperty("visio.public-url", "");
        return configured.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configured.replaceAll("/+$", "");
    }
}
