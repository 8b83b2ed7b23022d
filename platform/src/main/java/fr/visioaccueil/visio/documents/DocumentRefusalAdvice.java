package fr.visioaccueil.visio.documents;

import fr.visioaccueil.shared.ErrorPages;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The documents panel's refusals with the status that fits, in the platform's one shape of a JSON error
 * ({@link ErrorPages#inJson}): {@code {"status": 415, "erreur": "<French sentence>"}}.
 */
@RestControllerAdvice(assignableTypes = DocumentUploadController.class)
class DocumentRefusalAdvice {

    private final MessageSource messages;

    DocumentRefusalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DocumentRefused.class)
    ResponseEntity<Map<String, Object>> refused(DocumentRefused refused, Locale locale) {
        return answer(refused, messages, locale);
    }

    static ResponseEntity<Map<String, Object>> answer(DocumentRefused refused, MessageSource messages, Locale locale) {
        return ResponseEntity.status(refused.status())
                .body(ErrorPages.inJson(refused.status().value(), messages.getMessage(refused.messageKey(), refused.arguments(), locale)));
    }
}
