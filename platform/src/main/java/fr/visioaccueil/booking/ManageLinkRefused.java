package fr.visioaccueil.booking;

/** A personal link that names no appointment: forged, truncated, or from another platform. */
class ManageLinkRefused extends RuntimeException {

    ManageLinkRefused() {
        super("unknown manage link");
    }
}
