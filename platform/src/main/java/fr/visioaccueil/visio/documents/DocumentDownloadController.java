package fr.visioaccueil.visio.documents;

import fr.visioaccueil.shared.ErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A document for one of its interview's sides: inline to open, preview or print it in the room, or as an attachment
 * to save it. Never cached, never sniffed into another type; framed only by our own pages (the print frame).
 */
@RestController
class DocumentDownloadController {

    /** Nothing in a document may run or load anything; only our own page may frame it, to print it. */
    static final String DOCUMENT_POLICY = "default-src 'none'; img-src 'self'; object-src 'self'; "
            + "frame-ancestors 'self'";

    private final DocumentExchange exchange;
    private final MessageSource messages;

    DocumentDownloadController(DocumentExchange exchange, MessageSource messages) {
        this.exchange = exchange;
        this.messages = messages;
    }

    @GetMapping(DocumentUploadController.PATH + "/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID documentId,
                                    @RequestParam(name = "telecharger", required = false) String save) {
        Download document = exchange.download(id, documentId, DocumentUploadController.member());
        ContentDisposition.Builder disposition = save == null ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.type().mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Content-Security-Policy", DOCUMENT_POLICY)
                .body(document.content());
    }

    /** Opened from a link by a person: our error page, with the reason in words. */
    @ExceptionHandler(DocumentRefused.class)
    void refused(DocumentRefused refused, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        ErrorPages.explain(request, messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        response.sendError(refused.status().value());
    }
}
