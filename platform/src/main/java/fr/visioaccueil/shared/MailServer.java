package fr.visioaccueil.shared;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The SMTP server of the platform's e-mails, when one is configured ({@code spring.mail.host}). */
@Component
public class MailServer {

    private final ObjectProvider<JavaMailSender> senders;
    private final Environment environment;

    MailServer(ObjectProvider<JavaMailSender> senders, Environment environment) {
        this.senders = senders;
        this.environment = environment;
    }

    /** Empty without an SMTP host: Boot creates a sender even for an empty host, which would only fail later. */
    public Optional<JavaMailSender> sender() {
        if (environment.getProperty("spring.mail.host", "").isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(senders.getIfAvailable());
    }
}
