package fr.visioaccueil.charter;

/** How far a point meets a commitment: respecté, en cours, non respecté. */
enum Status {
    MET, IN_PROGRESS, NOT_MET
}
