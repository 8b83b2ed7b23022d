package fr.visioaccueil.notification;

import fr.visioaccueil.shared.MailServer;
import fr.visioaccueil.shared.MailingProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends an {@link Email} through the platform's SMTP server, from its address, with its attachments. */
@Component
class MailDelivery {

    private final MailServer mailServer;
    private final MailingProperties mailing;

    MailDelivery(MailServer mailServer, MailingProperties mailing) {
        this.mailServer = mailServer;
        this.mailing = mailing;
    }

    /** Without an SMTP server e-mails wait in the outbox, as invitations fall back to showing their link. */
    boolean available() {
        return mailServer.sender().isPresent();
    }

    void send(Email email) throws MessagingException {
        JavaMailSender sender = mailServer.sender()
                .orElseThrow(() -> new MessagingException("no SMTP server (spring.mail.host)"));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !email.attachments().isEmpty(),
                StandardCharsets.UTF_8.name());
        helper.setFrom(mailing.mailFrom());
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.text());
        for (Attachment attachment : email.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        sender.send(message);
    }
}
