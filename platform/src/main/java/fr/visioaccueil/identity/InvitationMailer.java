package fr.visioaccueil.identity;

import fr.visioaccueil.network.NetworkProfiles;
import fr.visioaccueil.shared.MailServer;
import fr.visioaccueil.shared.MailingProperties;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation by e-mail when an SMTP server is configured ({@code spring.mail.host}); otherwise, or
 * when sending fails, says so, and the coordinator is shown the link to pass on.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    // the staff of a French network read French; the person's own language is not known yet
    private static final Locale LANGUAGE = Locale.FRENCH;

    private final MailServer mailServer;
    private final MessageSource messages;
    private final NetworkProfiles network;
    private final MailingProperties mailing;
    private final SignInProperties signIn;

    InvitationMailer(MailServer mailServer, MessageSource messages, NetworkProfiles network,
                     MailingProperties mailing, SignInProperties signIn) {
        this.mailServer = mailServer;
        this.messages = messages;
        this.network = network;
        this.mailing = mailing;
        this.signIn = signIn;
    }

    Delivery send(Invitation invitation) {
        JavaMailSender sender = mailServer.sender().orElse(null);
        if (sender == null) {
            return Delivery.NO_SMTP;
        }
        try {
            sender.send(message(invitation));
            return Delivery.SENT;
        } catch (MailException failure) {
            log.warn("Invitation non envoyée à {} : {}", invitation.email(), failure.getMessage());
            return Delivery.FAILED;
        }
    }

    private SimpleMailMessage message(Invitation invitation) {
        String networkName = network.current().name();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mailing.mailFrom());
        message.setTo(invitation.email());
        message.setSubject(messages.getMessage("invitation.mail.subject", new Object[] {networkName}, LANGUAGE));
        message.setText(messages.getMessage("invitation.mail.body", new Object[] {invitation.displayName(),
                networkName, invitation.link(), signIn.invitationValidity().toHours()}, LANGUAGE));
        return message;
    }
}
