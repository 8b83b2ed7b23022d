package fr.visioaccueil.visio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the visio-guichet.
 *
 * @param offerAppointmentAfter a request nobody took for this long shows the point an offer to book instead
 * @param defaultDuration the expected length of one interview while there are too few past ones to measure
 * @param presenceGrace an agent whose queue page lost its connection still counts as online this long
 * @param heartbeat how often live pages get a keep-alive (it also detects connections that died silently)
 */
@ConfigurationProperties("visio.queue")
public record VisioProperties(
        @DefaultValue("10m") Duration offerAppointmentAfter,
        @DefaultValue("20m") Duration defaultDuration,
        @DefaultValue("30s") Duration presenceGrace,
        @DefaultValue("15s") Duration heartbeat) {
}
