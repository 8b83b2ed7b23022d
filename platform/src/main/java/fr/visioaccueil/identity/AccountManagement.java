package fr.visioaccueil.identity;

import fr.visioaccueil.network.StaleChange;
import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.Changes;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's changes to staff accounts, each checked and written to the audit log. */
@Service
class AccountManagement {

    private final StaffAccounts accounts;
    private final StaffAccountUpdates updates;
    private final AccountRules rules;
    private final AccountSnapshots snapshots;
    private final PasswordTokens tokens;
    private final AuditLog audit;

    AccountManagement(StaffAccounts accounts, StaffAccountUpdates updates, AccountRules rules,
                      AccountSnapshots snapshots, PasswordTokens tokens, AuditLog audit) {
        this.accounts = accounts;
        this.updates = updates;
        this.rules = rules;
        this.snapshots = snapshots;
        this.tokens = tokens;
        this.audit = audit;
    }

    StaffAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("Compte", id));
    }

    NewStaffAccount detailsOf(StaffAccount account) {
        return new NewStaffAccount(account.email(), account.displayName(), account.role(),
                account.organisationId(), accounts.pointsOf(account.id()), account.trained());
    }

    @Transactional
    long create(NewStaffAccount account) {
        rules.check(account, 0);
        long id = unlessEmailTaken(() -> updates.insert(account));
        audit.account(AuditAction.CREATE, id, summary(account), Changes.of(snapshots.of(account)));
        return id;
    }

    @Transactional
    void update(long id, int expectedVersion, NewStaffAccount account) {
        NewStaffAccount before = detailsOf(get(id));
        rules.check(account, id);
        if (isSelf(id) && before.role() != account.role()) {
            // the coordinator would lock themself (and maybe the whole network) out of this page
            throw new InvalidAccount(List.of(new FieldProblem("role", "account.self.role")));
        }
        if (!unlessEmailTaken(() -> updates.update(id, expectedVersion, account))) {
            throw new StaleChange();
        }
        String changes = Changes.between(snapshots.of(before), snapshots.of(account));
        if (!changes.isEmpty()) {
            audit.account(AuditAction.UPDATE, id, summary(account), changes);
        }
    }

    @Transactional
    void setEnabled(long id, boolean enabled) {
        StaffAccount account = get(id);
        if (!enabled && isSelf(id)) {
            throw new AccessDeniedToResource();
        }
        updates.setEnabled(id, enabled);
        if (!enabled) {
            // a link sent earlier must not bring a disabled person back
            tokens.discardPending(id);
        }
        audit.account(enabled ? AuditAction.ENABLE : AuditAction.DISABLE, id,
                AccountSnapshots.summary(account.displayName(), account.email()), "");
    }

    @Transactional
    void unlock(long id) {
        StaffAccount account = get(id);
        updates.unlock(id);
        audit.account(AuditAction.UNLOCK, id, AccountSnapshots.summary(account.displayName(), account.email()),
                "essais infructueux : " + account.failedAttempts() + " → 0");
    }

    /** The unique index decides when two coordinators save the same e-mail at the same moment. */
    private static <T> T unlessEmailTaken(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException race) {
            throw new InvalidAccount(List.of(new FieldProblem("email", "account.email.taken")));
        }
    }

    private static boolean isSelf(long id) {
        return CurrentStaff.find().map(StaffMember::accountId).filter(self -> self == id).isPresent();
    }

    private static String summary(NewStaffAccount account) {
        return AccountSnapshots.summary(account.displayName(), account.email());
    }
}
