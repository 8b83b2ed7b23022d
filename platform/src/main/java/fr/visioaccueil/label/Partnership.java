package fr.visioaccueil.label;

import fr.visioaccueil.network.Convention;
import fr.visioaccueil.network.Organisation;

/** A convention of the point with the organisation it binds. */
record Partnership(Convention convention, Organisation organisation) {
}
