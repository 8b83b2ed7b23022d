package fr.visioaccueil.network;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The signed convention as a PDF, recognised by its content (the "%PDF-" header), at most 10 MB. */
public record SignedDocument(String fileName, byte[] content) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    public static Optional<SignedDocument> from(String fileName, byte[] content) {
        if (content == null || content.length < PDF_MAGIC.length || content.length > MAX_BYTES
                || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Optional.empty();
        }
        return Optional.of(new SignedDocument(safeName(fileName), content));
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        name = name.isBlank() ? "convention.pdf" : name;
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
