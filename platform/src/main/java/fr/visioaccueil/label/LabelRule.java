package fr.visioaccueil.label;

/** One criterion of a label rule set, judged on the facts of one point. */
interface LabelRule {

    Outcome judge(PointFacts facts);

    /** What the criterion asks, shown to the coordinator beside the choice of rule set. */
    Reason requirement();
}
