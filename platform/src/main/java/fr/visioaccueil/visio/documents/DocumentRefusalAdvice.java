package fr.visioaccueil.visio.documents;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The documents panel's refusals as {@code {"error": "<French sentence>"}} with the status that fits. */
@RestControllerAdvice(assignableTypes = DocumentUploadController.class)
class DocumentRefusalAdvice {

    private final MessageSource messages;

    DocumentRefusalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DocumentRefused.class)
    ResponseEntity<Map<String, String>> refused(DocumentRefused refused, Locale locale) {
        return answer(refused, messages, locale);
    }

    static ResponseEntity<Map<String, String>> answer(DocumentRefused refused, MessageSource messages, Locale locale) {
        return ResponseEntity.status(refused.status())
                .body(Map.of("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale)));
    }
}
