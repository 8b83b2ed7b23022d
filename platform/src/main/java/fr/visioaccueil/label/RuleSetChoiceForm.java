package fr.visioaccueil.label;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The coordinator's choice of rule set; the version refuses a save based on an outdated page. */
record RuleSetChoiceForm(@NotBlank(message = "{label.ruleSet.required}") String ruleSet,
                         @NotNull(message = "{label.ruleSet.required}") Integer version) {
}
