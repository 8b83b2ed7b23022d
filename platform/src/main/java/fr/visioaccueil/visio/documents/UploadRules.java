package fr.visioaccueil.visio.documents;

import fr.visioaccueil.visio.Interview;
import fr.visioaccueil.visio.InterviewStatus;
import fr.visioaccueil.visio.Side;
import org.springframework.http.HttpStatus;

/**
 * What an interview accepts: while it runs, a file within the size limit whose first bytes say PDF, JPEG or PNG
 * from the point (a scan or a photo), PDF only from the agent. The name and the declared type count for nothing.
 */
final class UploadRules {

    static final String NOT_RUNNING = "visio.documents.refused.notRunning";
    static final String EMPTY = "visio.documents.refused.empty";
    static final String TOO_LARGE = "visio.documents.refused.tooLarge";
    static final String NOT_ACCEPTED = "visio.documents.refused.type";
    static final String AGENT_PDF_ONLY = "visio.documents.refused.agentPdf";

    private UploadRules() {
    }

    static DocumentType check(Interview interview, Side side, byte[] content, DocumentsProperties properties) {
        if (interview.getStatus() != InterviewStatus.ADMITTED) {
            throw new DocumentRefused(HttpStatus.CONFLICT, NOT_RUNNING);
        }
        if (content == null || content.length == 0) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, EMPTY);
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw tooLarge(properties);
        }
        DocumentType type = DocumentType.sniff(content)
                .orElseThrow(() -> new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTED));
        if (side == Side.AGENT && type != DocumentType.PDF) {
            throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, AGENT_PDF_ONLY);
        }
        return type;
    }

    static DocumentRefused tooLarge(DocumentsProperties properties) {
        return new DocumentRefused(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, properties.maxMegabytes());
    }
}
