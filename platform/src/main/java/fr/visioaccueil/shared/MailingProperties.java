package fr.visioaccueil.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform writes to people. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * The address put in links ({@code visio.public-url}) is read by {@link PublicUrl}.
 *
 * @param mailFrom the sender of the platform's e-mails
 */
@ConfigurationProperties("visio")
public record MailingProperties(
        @DefaultValue("visio-accueil@localhost") String mailFrom) {
}
