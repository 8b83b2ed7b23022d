package fr.visioaccueil.notification;

/**
 * Hands an SMS to an operator. The default one only logs; declare another bean of this type to send for real.
 * Throwing means "not sent": the notification is tried again later.
 */
public interface SmsGateway {

    void send(Sms sms);
}
