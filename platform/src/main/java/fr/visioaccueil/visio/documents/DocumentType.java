package fr.visioaccueil.visio.documents;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file an interview accepts, recognised by their first bytes only: never the name, never the header. */
enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] magic;

    DocumentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    static Optional<DocumentType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    static DocumentType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown media type " + mediaType));
    }

    String mediaType() {
        return mediaType;
    }

    boolean isImage() {
        return this != PDF;
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
