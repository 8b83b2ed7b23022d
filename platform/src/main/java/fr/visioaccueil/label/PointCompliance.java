package fr.visioaccueil.label;

import java.util.List;

/**
 * The label status of one point under the network's chosen rule set, computed when asked.
 *
 * @param compliant true when every criterion is met
 * @param findings one per criterion of the rule set, in the rule set's order
 */
public record PointCompliance(long pointId, String pointName, String commune, String ruleSetCode,
                              String ruleSetName, boolean compliant, List<Finding> findings) {

    /** Why the point is not compliant; empty when it is. */
    public List<String> reasons() {
        return findings.stream().filter(finding -> !finding.met()).map(Finding::text).toList();
    }
}
