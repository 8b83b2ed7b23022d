/**
 * Signaling transport of the visio-guichet (<i>signalisation</i>): one WebSocket per side of an interview,
 * opened with a signed room pass, carrying validated and rate-limited JSON messages to the other side only.
 */
package fr.visioaccueil.visio.signaling;
