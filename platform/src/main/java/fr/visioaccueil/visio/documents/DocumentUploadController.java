package fr.visioaccueil.visio.documents;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** What the room's documents panel calls: send a file, list those sent. Refusals answer JSON (see the advice). */
@RestController
class DocumentUploadController {

    static final String PATH = "/visio/entretiens/{id}/documents";

    private final DocumentExchange exchange;

    DocumentUploadController(DocumentExchange exchange) {
        this.exchange = exchange;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    DocumentInfo upload(@PathVariable long id, @RequestParam(name = "fichier", required = false) MultipartFile file)
            throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        return exchange.upload(id, member(), file == null ? null : file.getOriginalFilename(), content);
    }

    @GetMapping(PATH)
    List<DocumentInfo> list(@PathVariable long id) {
        return exchange.list(id, member());
    }

    static StaffMember member() {
        return CurrentStaff.find().orElseThrow(AccessDeniedToResource::new);
    }
}
