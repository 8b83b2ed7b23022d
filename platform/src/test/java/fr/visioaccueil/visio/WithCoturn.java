package fr.visioaccueil.visio;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Points the platform's {@code visio.turn.*} at a real {@link Coturn} started with its application context and
 * stopped when the context closes; tests may inject the {@link Coturn}. Classes carrying it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = WithCoturn.Start.class)
public @interface WithCoturn {

    final class Start implements ApplicationContextInitializer<GenericApplicationContext> {

        @Override
        public void initialize(GenericApplicationContext context) {
            Coturn coturn = Coturn.start();
            // an AutoCloseable bean is closed with the context, which stops the server
            context.registerBean(Coturn.class, () -> coturn);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("coturn", Map.of(
                    "visio.turn.secret", coturn.secret(),
                    "visio.turn.realm", Coturn.REALM,
                    "visio.turn.urls", String.join(",", coturn.turnUrls()),
                    "visio.turn.stun-urls", coturn.stunUrl())));
        }
    }
}
