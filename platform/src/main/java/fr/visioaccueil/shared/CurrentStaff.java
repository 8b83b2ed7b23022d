package fr.visioaccueil.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting staff member from the security context, for scoping and for the audit log. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static Optional<StaffMember> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember member) {
            return Optional.of(member);
        }
        return Optional.empty();
    }

    /** The name written in the audit log: the staff member's e-mail, or "système" for the platform itself. */
    public static String actorName() {
        return find().map(StaffMember::email).orElse("système");
    }
}
