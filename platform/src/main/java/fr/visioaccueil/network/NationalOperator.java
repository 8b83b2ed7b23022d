package fr.visioaccueil.network;

/** The national operators that every France Services point must offer. */
public enum NationalOperator {
    CAF, CPAM, CNAV, MSA, FRANCE_TRAVAIL, DGFIP, ANTS, JUSTICE, LA_POSTE
}
