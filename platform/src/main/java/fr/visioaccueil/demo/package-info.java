/**
 * The demo network of the Lot (<i>réseau de démonstration</i>): the 2009 ESP@P network from the seed, loaded into
 * an empty embedded database so that the platform can be tried at once, with one visio permanence to book.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network", "identity", "booking"})
package fr.visioaccueil.demo;
