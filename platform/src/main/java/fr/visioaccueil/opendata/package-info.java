/**
 * Open data (<i>données ouvertes</i>): the network's points published in the national data schema of the
 * <i>lieux de médiation numérique</i> (LaMednum / ANCT, table schema {@code schema.json}), as CSV and JSON at
 * stable public addresses. Reads the public facts of the registry; keeps nothing of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network"})
package fr.visioaccueil.opendata;
