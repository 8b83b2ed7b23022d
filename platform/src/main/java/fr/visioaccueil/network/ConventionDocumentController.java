package fr.visioaccueil.network;

import fr.visioaccueil.shared.NotFound;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The signed convention, always downloaded as an attachment (never shown inline from our origin). */
@RestController
class ConventionDocumentController {

    private final Conventions conventions;

    ConventionDocumentController(Conventions conventions) {
        this.conventions = conventions;
    }

    @GetMapping("/admin/conventions/{id}/document")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        SignedDocument document = conventions.document(id).orElseThrow(() -> new NotFound("Document signé", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }
}
