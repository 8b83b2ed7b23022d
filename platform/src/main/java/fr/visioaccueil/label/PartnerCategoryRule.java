package fr.visioaccueil.label;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.OrganisationCategory;
import java.util.List;

/** At least one partner of that category under a convention in force (RSP 2009: social, employment-training). */
record PartnerCategoryRule(OrganisationCategory category) implements LabelRule {

    @Override
    public Outcome judge(PointFacts facts) {
        List<String> partners = facts.currentPartners().stream()
                .filter(organisation -> organisation.getCategory() == category)
                .map(Organisation::getShortName).toList();
        return partners.isEmpty() ? Outcome.unmet(Reason.of("label.partner.missing", categoryName()))
                : Outcome.met(Reason.of("label.partner.met", categoryName(), partners));
    }

    @Override
    public Reason requirement() {
        return Reason.of("label.partner.requirement", categoryName());
    }

    private Reason categoryName() {
        return Reason.of("label.category." + category.name());
    }
}
