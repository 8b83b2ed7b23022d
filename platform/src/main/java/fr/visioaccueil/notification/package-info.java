/**
 * Durable notifications (<i>courriels et SMS aux usagers</i>): messages scheduled once per key in the caller's
 * transaction, kept in an outbox table and sent by a job that survives a restart; the iCalendar invitation of an
 * appointment; the coordinator's list of recent notifications.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package fr.visioaccueil.notification;
