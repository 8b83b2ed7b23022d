package fr.visioaccueil.identity;

import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What makes an account coherent: a unique e-mail; an organisation for partners and only for them; at least
 * one point for mediators and only for them; the "trained" mark (France Services) only for mediators;
 * every organisation and point named must exist.
 */
@Component
class AccountRules {

    private final StaffAccounts accounts;
    private final Organisations organisations;
    private final Points points;

    AccountRules(StaffAccounts accounts, Organisations organisations, Points points) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.points = points;
    }

    /** @param accountId the account being edited, 0 for a new one */
    void check(NewStaffAccount account, long accountId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (accounts.emailTakenByOther(account.email(), accountId)) {
            problems.add(new FieldProblem("email", "account.email.taken"));
        }
        checkOrganisation(account, problems);
        checkPoints(account, problems);
        if (account.trained() && account.role() != StaffRole.MEDIATOR) {
            problems.add(new FieldProblem("trained", "account.trained.forbidden"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccount(problems);
        }
    }

    private void checkOrganisation(NewStaffAccount account, List<FieldProblem> problems) {
        Long organisation = account.organisationId();
        if (account.role().isPartner() && organisation == null) {
            problems.add(new FieldProblem("organisationId", "account.organisation.required"));
        } else if (!account.role().isPartner() && organisation != null) {
            problems.add(new FieldProblem("organisationId", "account.organisation.forbidden"));
        } else if (organisation != null && organisations.find(organisation).isEmpty()) {
            problems.add(new FieldProblem("organisationId", "account.organisation.unknown"));
        }
    }

    private void checkPoints(NewStaffAccount account, List<FieldProblem> problems) {
        boolean mediator = account.role() == StaffRole.MEDIATOR;
        if (mediator && account.pointIds().isEmpty()) {
            problems.add(new FieldProblem("pointIds", "account.points.required"));
        } else if (!mediator && !account.pointIds().isEmpty()) {
            problems.add(new FieldProblem("pointIds", "account.points.forbidden"));
        } else if (account.pointIds().stream().anyMatch(point -> points.find(point).isEmpty())) {
            problems.add(new FieldProblem("pointIds", "account.points.unknown"));
        }
    }
}
