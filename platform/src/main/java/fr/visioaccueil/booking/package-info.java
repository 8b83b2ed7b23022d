/**
 * Rendez-vous: each organisation's visio permanences (<i>permanences</i>), motifs and agents' absences, free
 * slots at a point, appointments booked by the point's mediator or by the citizen online, the agent's agenda,
 * and the messages around an appointment. A double booking is refused by the database, not only here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network", "identity", "visio", "notification"})
package fr.visioaccueil.booking;
