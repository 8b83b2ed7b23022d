package fr.visioaccueil.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a staff member with their scope for Spring Security. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        StaffAccount account = accounts.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
        return new StaffPrincipal(account.id(), account.email(), account.displayName(), account.role(),
                account.organisationId(), accounts.pointsOf(account.id()), account.passwordHash(),
                account.enabled(), account.isLockedAt(clock.instant()));
    }
}
