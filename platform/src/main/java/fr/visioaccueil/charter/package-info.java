/**
 * The quality charter (<i>charte qualité</i>): the network's commitments, grouped by the themes of the Relais
 * Services Publics charter, and each point's self-assessment (operational arrangements, status, evidence), rolled
 * up per point and per commitment for the follow-up meetings. Depends only on {@code shared} and {@code network};
 * its changes reach the audit log as {@link fr.visioaccueil.network.RegistryChanged} events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network"})
package fr.visioaccueil.charter;
