package fr.visioaccueil.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rendez-vous settings.
 *
 * @param reminderBefore       how long before the appointment the reminder goes out
 * @param maxFuturePerContact  future appointments one citizen contact may hold with one organisation
 * @param horizon              how far ahead free slots are offered
 * @param openBefore           how early before the start the agent may open the interview
 */
@ConfigurationProperties("visio.booking")
public record BookingProperties(@DefaultValue("PT48H") Duration reminderBefore,
                                @DefaultValue("2") int maxFuturePerContact,
                                @DefaultValue("P28D") Duration horizon,
                                @DefaultValue("PT15M") Duration openBefore) {
}
