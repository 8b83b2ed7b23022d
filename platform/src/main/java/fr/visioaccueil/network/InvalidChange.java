package fr.visioaccueil.network;

import java.util.Arrays;

/**
 * A change the registry refuses (overlapping ranges, a reference still in use…). It names the form field
 * it concerns and a message key, so that the page shows the French explanation next to that field.
 */
public class InvalidChange extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidChange(String field, String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
