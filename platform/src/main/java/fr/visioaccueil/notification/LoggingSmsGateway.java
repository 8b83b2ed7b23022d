package fr.visioaccueil.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The gateway while no operator is configured: the SMS is written to the log and goes nowhere else. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(Sms sms) {
        log.info("SMS (non envoyé, pas d’opérateur configuré) à {} : {}", sms.phoneNumber(), sms.text());
    }
}
