package fr.visioaccueil.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * An image checked from its content, not its name: PNG or JPEG, at most 512 KB (SVG could carry script).
 */
public record Logo(String contentType, byte[] content) {

    public static final int MAX_BYTES = 512 * 1024;

    /** The logo if the bytes really are a PNG or JPEG image of acceptable size. */
    public static Optional<Logo> from(byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            return Optional.empty();
        }
        return sniff(content).map(type -> new Logo(type, content));
    }

    private static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
