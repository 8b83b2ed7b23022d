package fr.visioaccueil.identity;

import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.shared.StaffRole;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member, as Spring Security holds it in the session. */
record StaffPrincipal(long accountId, String email, String displayName, StaffRole role, Long organisationId,
                      Set<Long> pointIds, String passwordHash, boolean enabled, boolean locked)
        implements StaffMember, UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }

    /** The session keeps no password hash. */
    @Override
    public String toString() {
        return "StaffPrincipal[" + email + ", " + role + "]";
    }
}
