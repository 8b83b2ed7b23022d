package fr.visioaccueil.survey;

/**
 * One bar of a question's chart: the value, its label (a bundle key for faces and scale steps, the choice's own
 * text otherwise), how many answers chose it and their share of the question's respondents.
 */
record Bar(String value, String labelKey, String text, long count, int percent) {

    /** Bar length in the SVG's units (300 for 100 %). */
    public int length() {
        return percent * 3;
    }
}
