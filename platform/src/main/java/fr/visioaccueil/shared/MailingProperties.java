package fr.visioaccueil.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform writes to people. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param publicUrl the address people use to reach the platform, put in links sent by e-mail; empty for
 *                  {@code http://localhost:<server port>}
 * @param mailFrom the sender of the platform's e-mails
 */
@ConfigurationProperties("visio")
public record MailingProperties(
        @DefaultValue("") String publicUrl,
        @DefaultValue("visio-accueil@localhost") String mailFrom) {
}
