package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import java.util.List;

/** One account as listed: its scope already turned into names (organisation, or the mediator's points). */
record AccountRow(long id, String displayName, String email, StaffRole role, List<String> scope, boolean trained,
                  AccountState state, boolean enabled) {
}
