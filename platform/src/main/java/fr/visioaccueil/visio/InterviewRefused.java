package fr.visioaccueil.visio;

/** A transition the interview's state forbids (admit twice, end twice, outcome before the end…). */
public class InterviewRefused extends RuntimeException {

    private final String messageKey;

    InterviewRefused(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** The bundle key explaining the refusal to the person who tried. */
    public String messageKey() {
        return messageKey;
    }
}
