package fr.visioaccueil.evaluation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears another module's change in the transaction that makes it, just before its commit, to write its pending
 * count ({@link Tally#pend}): the change and its count are committed together or not at all, so no count is lost
 * or waits for a republication. As a module listener (after the commit, its publication kept in the event
 * registry, in a transaction of its own), each booking cost a publication row and three more transactions, about
 * a third of the server CPU of a rush of bookings. The event must be published inside a transaction, as the
 * module listeners also required.
 */
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface CountingListener {
}
