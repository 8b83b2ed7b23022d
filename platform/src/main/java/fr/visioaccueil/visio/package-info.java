/**
 * The visio-guichet (<i>visio-accueil</i>): live video interviews between a point and a partner agent — the
 * waiting queue per organisation, admission, WebRTC signaling (subpackage {@code signaling}), short-lived TURN
 * credentials for the relay, the documents exchanged during an interview (subpackage {@code documents}), and the
 * interview's outcome. No media ever passes through or is kept by the server.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network", "identity"})
package fr.visioaccueil.visio;
