package fr.visioaccueil.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * One thread counts the events of the other modules, one after the other. Every count of a point's day adds to the
 * same rows (the point's and the network's counters), which a transaction holds locked until its commit: counted by
 * the eight threads of the shared pool, fifty bookings at one point made seven of them wait on the eighth's commit,
 * each holding one of the ten connections of the pool the bookings themselves were waiting for. Once nothing
 * waits, a count's statement takes a tenth of a millisecond of the database and its transaction a few milliseconds
 * with the commit: one thread keeps up with hundreds of counts a second.
 * {@code spring.task.execution.mode: force} keeps the shared pool for the other asynchronous work.
 */
@Configuration(proxyBeanMethods = false)
class CountingConfiguration {

    static final String EXECUTOR = "countingExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor countingExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("counting-");
        return executor;
    }
}
