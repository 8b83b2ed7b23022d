package fr.visioaccueil.charter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * An evidence file, accepted only when its content is a PDF, a JPEG or a PNG (read from its first bytes, never
 * from its name or the type the browser claims), at most 10 MB.
 */
record EvidenceFile(String fileName, String contentType, byte[] content) {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static Optional<EvidenceFile> from(String fileName, byte[] content) {
        if (content == null || content.length > MAX_BYTES) {
            return Optional.empty();
        }
        String type = startsWith(content, PDF) ? "application/pdf" : startsWith(content, JPEG) ? "image/jpeg"
                : startsWith(content, PNG) ? "image/png" : null;
        return type == null ? Optional.empty() : Optional.of(new EvidenceFile(safeName(fileName), type, content));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        name = name.isBlank() ? "preuve" : name;
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
