/**
 * Evaluation (<i>évaluation</i>): the weekly counting grid of each point (<i>grille de comptage hebdomadaire</i>),
 * filled by the events of the other modules and by the mediator's desk, travel avoided (<i>déplacements évités</i>)
 * per visio interview from the distance table, the dashboards (<i>tableaux de bord</i>) and their exports.
 * It listens to the visio-guichet's and the bookings' events and reads the survey's satisfaction; it never changes
 * another module, and none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network", "visio", "booking", "survey", "notification"})
package fr.visioaccueil.evaluation;
