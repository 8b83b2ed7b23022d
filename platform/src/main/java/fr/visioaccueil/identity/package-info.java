/**
 * Staff identity (<i>comptes des professionnels</i>): accounts with their role and scope (points of a mediator,
 * organisation of a partner), sign-in and its protections, password setting by one-time link, and the audit
 * log (<i>journal des modifications</i>) of the registry and of accounts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network"})
package fr.visioaccueil.identity;
