package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffRole;
import java.util.Set;

/** What the coordinator enters to create a staff account. */
public record NewStaffAccount(String email, String displayName, StaffRole role, Long organisationId,
                              Set<Long> pointIds, boolean trained) {
}
