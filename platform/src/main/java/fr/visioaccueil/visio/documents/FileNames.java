package fr.visioaccueil.visio.documents;

import java.text.Normalizer;

/**
 * A sent file's name made safe to show and to offer for download: no folders, no control or invisible characters,
 * at most {@value #MAX} characters keeping the extension, and never empty.
 */
final class FileNames {

    static final int MAX = 80;

    private FileNames() {
    }

    static String sanitise(String original, DocumentType type) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // control, format (bidi overrides…) and unassigned characters, then characters that misbehave in headers
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "").replaceAll("[\"*:<>?|;]", "_").strip();
        name = name.replaceAll("^\\.+", "");
        if (name.isEmpty()) {
            name = "document." + type.name().toLowerCase(java.util.Locale.ROOT).replace("jpeg", "jpg");
        }
        return shorten(name);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX - extension.length() - 1;
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + "…" + extension;
    }
}
