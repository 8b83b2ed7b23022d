package fr.visioaccueil.visio;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signing secret is drawn once, on the first start, and kept in the database from then on. */
@Configuration(proxyBeanMethods = false)
class RoomPassConfiguration {

    private static final int SECRET_BYTES = 32;

    @Bean
    RoomPasses roomPasses(JdbcClient jdbc, Clock clock, RoomProperties properties) {
        byte[] fresh = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(fresh);
        // two nodes starting together: ON CONFLICT keeps the first secret and both read it back
        jdbc.sql("INSERT INTO visio_secret (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                .param("secret", fresh).update();
        byte[] secret = jdbc.sql("SELECT secret FROM visio_secret WHERE id = 1").query(byte[].class).single();
        return new RoomPasses(secret, clock, properties.passValidity());
    }
}
