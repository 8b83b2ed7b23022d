package fr.visioaccueil.identity;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Points;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Accounts with the names of what they reach, for the coordinator's pages. */
@Component
class AccountList {

    private final StaffAccounts accounts;
    private final Organisations organisations;
    private final Points points;
    private final Clock clock;

    AccountList(StaffAccounts accounts, Organisations organisations, Points points, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.points = points;
        this.clock = clock;
    }

    List<AccountRow> rows() {
        Map<Long, String> organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Map<Long, String> pointNames = points.all().stream().collect(Collectors.toMap(Point::getId, Point::getName));
        Map<Long, Set<Long>> pointsByAccount = accounts.allPoints();
        return accounts.all().stream().map(account -> row(account, organisationNames, pointNames,
                pointsByAccount.getOrDefault(account.id(), Set.of()))).toList();
    }

    AccountRow row(StaffAccount account) {
        Map<Long, String> organisationName = account.organisationId() == null ? Map.of()
                : Map.of(account.organisationId(), organisations.get(account.organisationId()).getName());
        Map<Long, String> pointNames = points.all().stream().collect(Collectors.toMap(Point::getId, Point::getName));
        return row(account, organisationName, pointNames, accounts.pointsOf(account.id()));
    }

    private AccountRow row(StaffAccount account, Map<Long, String> organisationNames, Map<Long, String> pointNames,
                           Set<Long> pointIds) {
        List<String> scope = account.organisationId() != null
                ? List.of(organisationNames.get(account.organisationId()))
                : pointIds.stream().map(pointNames::get).sorted().toList();
        return new AccountRow(account.id(), account.displayName(), account.email(), account.role(), scope,
                account.trained(), AccountState.of(account, clock.instant()), account.enabled());
    }
}
