package fr.visioaccueil.demo;

import fr.visioaccueil.identity.NewStaffAccount;
import fr.visioaccueil.identity.StaffDirectory;
import fr.visioaccueil.network.Points;
import fr.visioaccueil.shared.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Lot network into an empty database (embedded by default; an external one only when asked),
 * then prints the address and the demo accounts.
 */
@Component
class DemoNetworkLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetworkLoader.class);

    private final DemoProperties properties;
    private final Environment environment;
    private final Points points;
    private final DemoRegistry registry;
    private final StaffDirectory staff;
    private final DemoPermanence permanence;
    private final TransactionTemplate transaction;

    DemoNetworkLoader(DemoProperties properties, Environment environment, Points points, DemoRegistry registry,
                      StaffDirectory staff, DemoPermanence permanence, TransactionTemplate transaction) {
        this.properties = properties;
        this.environment = environment;
        this.points = points;
        this.registry = registry;
        this.staff = staff;
        this.permanence = permanence;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (shouldLoad()) {
            List<DemoAccount> accounts = transaction.execute(status -> load());
            printWelcome(accounts);
        } else {
            printWelcome(List.of());
        }
    }

    private boolean shouldLoad() {
        boolean empty = points.all().isEmpty() && !staff.hasAccounts();
        return switch (properties.load()) {
            case "true" -> empty;
            case "auto" -> empty && isEmbedded();
            default -> false;
        };
    }

    private boolean isEmbedded() {
        return environment.getProperty("spring.datasource.url", "").isBlank()
                && environment.getProperty("visio.database.url", "").isBlank();
    }

    private List<DemoAccount> load() {
        registry.loadProfileAndTerritory();
        Map<String, Long> pointIds = registry.loadPoints();
        Map<String, Long> organisationIds = registry.loadOrganisations();
        registry.loadConventions(pointIds, organisationIds);
        List<DemoAccount> printed = loadAccounts(pointIds, organisationIds);
        permanence.load(organisationIds.get(DemoPermanence.ORGANISATION));
        return printed;
    }

    private List<DemoAccount> loadAccounts(Map<String, Long> pointIds, Map<String, Long> organisationIds) {
        List<DemoAccount> printed = new ArrayList<>();
        account("coordination@" + LotNetwork.DOMAIN, "Coordination du réseau", StaffRole.COORDINATOR, null,
                Set.of(), printed);
        for (List<String> mediator : LotNetwork.MEDIATORS) {
            String email = DemoEmails.of(mediator.get(1));
            account(email, mediator.get(1), StaffRole.MEDIATOR, null, Set.of(pointIds.get(mediator.get(0))),
                    printed.size() == 1 ? printed : null);
        }
        organisationIds.forEach((shortName, id) -> {
            account(DemoEmails.agentOf(shortName), "Agent " + shortName, StaffRole.PARTNER_AGENT, id,
                    Set.of(), "CAF".equals(shortName) ? printed : null);
            account(DemoEmails.correspondentOf(shortName), "Correspondant " + shortName,
                    StaffRole.PARTNER_CORRESPONDENT, id, Set.of(), "CAF".equals(shortName) ? printed : null);
        });
        return printed;
    }

    private void account(String email, String name, StaffRole role, Long organisationId, Set<Long> pointIds,
                         List<DemoAccount> printed) {
        long id = staff.create(new NewStaffAccount(email, name, role, organisationId, pointIds,
                role == StaffRole.MEDIATOR));
        staff.setPassword(id, properties.password());
        if (printed != null) {
            printed.add(new DemoAccount(role.name(), email));
        }
    }

    private void printWelcome(List<DemoAccount> accounts) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n\n  Visio-Accueil est prêt : http://localhost:" + port + "/\n");
        if (!accounts.isEmpty()) {
            text.append("  Réseau de démonstration du Lot chargé. Comptes (mot de passe « ")
                    .append(properties.password()).append(" ») :\n");
            accounts.forEach(account -> text.append("    %-22s %s%n".formatted(account.role(), account.email())));
        }
        log.info(text.toString());
    }
}
