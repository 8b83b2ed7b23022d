package fr.visioaccueil.label;

/** Enough trained mediators working at the point (France Services: two). */
record TrainedStaffRule(int minimum) implements LabelRule {

    @Override
    public Outcome judge(PointFacts facts) {
        Reason trained = Reason.of("label.staff.count", facts.trainedStaff());
        return facts.trainedStaff() >= minimum ? Outcome.met(Reason.of("label.staff.met", trained, minimum))
                : Outcome.unmet(Reason.of("label.staff.missing", trained, minimum));
    }

    @Override
    public Reason requirement() {
        return Reason.of("label.staff.requirement", Reason.of("label.staff.count", minimum));
    }
}
