package fr.visioaccueil.notification;

import java.util.Objects;

/** A file joined to an e-mail, e.g. the {@code .ics} of an appointment ({@link CalendarEvent#asAttachment}). */
public record Attachment(String fileName, String contentType, byte[] content) {

    public Attachment {
        if (fileName == null || fileName.isBlank() || contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a file name and a content type");
        }
        Objects.requireNonNull(content, "content");
    }
}
