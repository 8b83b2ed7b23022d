package fr.visioaccueil.visio.documents;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the room page's documents panel the limits it announces, without the room controller knowing of it. */
@ControllerAdvice(basePackages = "fr.visioaccueil.visio")
class DocumentsPanelAdvice {

    private final DocumentsProperties properties;

    DocumentsPanelAdvice(DocumentsProperties properties) {
        this.properties = properties;
    }

    /** What the panel tells the people in the room: the size limit and how long documents are kept. */
    record Panel(long maxMegabytes, long maxBytes, long retentionHours) {
    }

    @ModelAttribute("documentsPanel")
    Panel panel() {
        return new Panel(properties.maxMegabytes(), properties.maxSize().toBytes(), properties.retention().toHours());
    }
}
