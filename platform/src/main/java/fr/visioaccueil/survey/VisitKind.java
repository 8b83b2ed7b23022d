package fr.visioaccueil.survey;

/** What the citizen came for before being asked: a visio interview or an Internet consultation. */
enum VisitKind {
    VISIO, INTERNET
}
