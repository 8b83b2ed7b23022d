/**
 * Evaluation (<i>évaluation</i>): the weekly counting grid of each point (<i>grille de comptage hebdomadaire</i>),
 * filled by the events of the other modules and by the mediator's desk, travel avoided (<i>déplacements évités</i>)
 * per visio interview from the distance table, the dashboards (<i>tableaux de bord</i>) and their exports.
 * It only listens to the other modules; it never changes them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network", "visio", "notification"})
package fr.visioaccueil.evaluation;
