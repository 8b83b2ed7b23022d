package fr.visioaccueil.network;

/** The label rules count partners by category: at least one social and one employment-training partner. */
public enum OrganisationCategory {
    SOCIAL, EMPLOYMENT_TRAINING, OTHER
}
