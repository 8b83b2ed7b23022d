package fr.visioaccueil.visio.documents;

import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the multipart limit is refused by the container while the request is read, before any controller
 * is chosen, so no advice scoped to a controller sees it. For a document sent in a room this answers our JSON
 * refusal (and logs it); any other upload keeps the plain 413 page every upload form had.
 */
@RestControllerAdvice
class UploadLimitAdvice {

    private static final Pattern UPLOAD = Pattern.compile("/visio/entretiens/(\\d{1,18})/documents");

    private final DocumentExchange exchange;
    private final MessageSource messages;

    UploadLimitAdvice(DocumentExchange exchange, MessageSource messages) {
        this.exchange = exchange;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(HttpServletRequest request, HttpServletResponse response,
                                                 Locale locale) throws IOException {
        Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!upload.matches()) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return null;
        }
        StaffMember member = CurrentStaff.find().orElse(null);
        DocumentRefused refused = exchange.refusedAsTooLarge(Long.valueOf(upload.group(1)), member);
        return DocumentRefusalAdvice.answer(refused, messages, locale);
    }
}
