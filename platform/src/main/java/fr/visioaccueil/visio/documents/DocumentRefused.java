package fr.visioaccueil.visio.documents;

import org.springframework.http.HttpStatus;

/** A document operation refused, with the status to answer and the bundle key of the French reason. */
class DocumentRefused extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    DocumentRefused(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
