package fr.visioaccueil.charter;

/** The themes of the Relais Services Publics charter. */
enum Theme {
    ACCUEIL, INFORMATION, ORIENTATION, CONFIDENTIALITE, HORAIRES, PARTENAIRES, EVALUATION
}
