/**
 * Label compliance (<i>conformité au label</i>): the label's rule sets, kept as data and judged by named rules
 * in code, the network's chosen rule set, and each point's compliant / not compliant status with its reasons.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "network", "identity"})
package fr.visioaccueil.label;
