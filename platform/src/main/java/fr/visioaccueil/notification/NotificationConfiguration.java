package fr.visioaccueil.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the outbox job every {@code visio.notifications.poll-interval}; logs SMS unless a real gateway exists. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration implements SchedulingConfigurer {

    private final OutboxJob job;
    private final NotificationProperties properties;

    NotificationConfiguration(OutboxJob job, NotificationProperties properties) {
        this.job = job;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(job::runOnce, properties.pollInterval());
    }

    // static: the gateway is needed by the job this configuration itself depends on
    @Bean
    @Fallback
    static SmsGateway loggingSmsGateway() {
        return new LoggingSmsGateway();
    }
}
