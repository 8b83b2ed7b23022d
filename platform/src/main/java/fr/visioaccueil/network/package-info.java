/**
 * The network registry (<i>répertoire du réseau</i>): points (<i>points d'accueil</i>), their opening hours and
 * closures, partner organisations (<i>organismes partenaires</i>), conventions per point and organisation,
 * the territory's distance table and the network's identity. Depends only on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package fr.visioaccueil.network;
