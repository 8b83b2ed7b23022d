package fr.visioaccueil.label;

import fr.visioaccueil.network.InvalidChange;
import fr.visioaccueil.network.NationalOperator;
import fr.visioaccueil.network.OrganisationCategory;
import fr.visioaccueil.network.RegistryChanged;
import fr.visioaccueil.network.StaleChange;
import fr.visioaccueil.shared.Changes;
import fr.visioaccueil.shared.CurrentStaff;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored rule sets, and the network's choice among them (one row, versioned against concurrent saves). */
@Component
class RuleSets {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);
    private static final String COLUMNS = "r.code, r.name, r.min_weekly_minutes, r.min_days, r.required_categories, "
            + "r.min_trained_staff, r.required_operators";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RuleSets(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<RuleSet> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM label_rule_set r ORDER BY r.position, r.code")
                .query(RuleSets::ruleSet).list();
    }

    Optional<RuleSet> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM label_rule_set r WHERE r.code = :code")
                .param("code", code).query(RuleSets::ruleSet).optional();
    }

    Selection selected() {
        return jdbc.sql("SELECT " + COLUMNS + ", s.version FROM label_setting s "
                        + "JOIN label_rule_set r ON r.code = s.selected_rule_set WHERE s.id = 1")
                .query((rs, row) -> new Selection(ruleSet(rs, row), rs.getInt("version"))).single();
    }

    /**
     * Makes that rule set the network's. The change is published as a {@link RegistryChanged} on the network's
     * settings, so that the audit log records it like any other change to the network.
     */
    @Transactional
    public void choose(String code, int expectedVersion) {
        RuleSet chosen = find(code).orElseThrow(() -> new InvalidChange("ruleSet", "label.ruleSet.unknown"));
        RuleSet before = selected().ruleSet();
        int updated = jdbc.sql("UPDATE label_setting SET selected_rule_set = :code, version = version + 1 "
                        + "WHERE id = 1 AND version = :version")
                .param("code", chosen.code()).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new StaleChange();
        }
        if (!before.code().equals(chosen.code())) {
            String actor = CurrentStaff.actorName();
            log.info("Référentiel du label : {} → {} par {}", before.code(), chosen.code(), actor);
            events.publishEvent(new RegistryChanged(actor, "UPDATE", "NETWORK", 1,
                    "Référentiel du label", Changes.between(Map.of("référentiel du label", before.name()),
                    Map.of("référentiel du label", chosen.name()))));
        }
    }

    private static RuleSet ruleSet(ResultSet rs, int row) throws SQLException {
        return new RuleSet(rs.getString("code"), rs.getString("name"),
                Duration.ofMinutes(rs.getInt("min_weekly_minutes")), rs.getInt("min_days"),
                names(rs, "required_categories").stream().map(OrganisationCategory::valueOf).toList(),
                rs.getInt("min_trained_staff"),
                names(rs, "required_operators").stream().map(NationalOperator::valueOf).toList());
    }

    private static List<String> names(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }

    /** The chosen rule set and the version a form must send back to change it. */
    record Selection(RuleSet ruleSet, int version) {
    }
}
