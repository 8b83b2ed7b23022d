package fr.visioaccueil.network;

import fr.visioaccueil.shared.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals that no form shows next to a field (deleting a point still under convention…) become a 409 page
 * saying why; so does a save that lost a race with another one.
 */
@ControllerAdvice
class RefusalAdvice {

    private final MessageSource messages;

    RefusalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidChange.class)
    void refused(InvalidChange refusal, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        ErrorPages.explain(request, messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        response.sendError(HttpStatus.CONFLICT.value());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void overtaken(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.CONFLICT.value());
    }
}
