package fr.visioaccueil.evaluation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A module listener ({@code @ApplicationModuleListener}: after the publisher's commit, in a transaction of its own,
 * its publication kept until it is done) that runs on the single counting thread
 * ({@link CountingConfiguration#EXECUTOR}) rather than the shared pool.
 */
@Async(CountingConfiguration.EXECUTOR)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface CountingListener {
}
