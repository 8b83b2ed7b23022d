package fr.visioaccueil.survey;

/**
 * How many answers to the overall question there were, and how many of them were satisfied (the two best faces of
 * three, or 4–5 on the scale of 5).
 */
public record Satisfaction(long answers, long satisfied) {

    /** The rounded share of satisfied answers in percent, or null when nobody answered. */
    public Integer percent() {
        return answers == 0 ? null : (int) Math.round(100.0 * satisfied / answers);
    }
}
