package fr.visioaccueil.notification;

import java.util.Map;

/** The GSM 03.38 alphabet of SMS, and how French text is brought into it. */
final class GsmAlphabet {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Sent as an escape and the character: two septets each. */
    private static final String EXTENSION = "^{}\\[~]|€\f";
    // the letters of French that GSM lacks, written as a French reader would accept them in a text message
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('â', "a"), Map.entry('ê', "e"), Map.entry('ë', "e"), Map.entry('î', "i"), Map.entry('ï', "i"),
            Map.entry('ô', "o"), Map.entry('û', "u"), Map.entry('ÿ', "y"), Map.entry('ç', "c"), Map.entry('œ', "oe"),
            Map.entry('À', "A"), Map.entry('Â', "A"), Map.entry('È', "E"), Map.entry('Ê', "E"), Map.entry('Ë', "E"),
            Map.entry('Î', "I"), Map.entry('Ï', "I"), Map.entry('Ô', "O"), Map.entry('Ù', "U"), Map.entry('Û', "U"),
            Map.entry('Œ', "OE"), Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('“', "\""),
            Map.entry('”', "\""), Map.entry('«', "\""), Map.entry('»', "\""), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('…', "..."), Map.entry('\u00a0', " "), Map.entry('\u202f', " "));

    private GsmAlphabet() {
    }

    /** The text with French letters and typography replaced; refuses what has no GSM equivalent. */
    static String fit(String text) {
        StringBuilder fitted = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String replacement = codePoint <= Character.MAX_VALUE ? REPLACEMENTS.get((char) codePoint) : null;
            if (replacement != null) {
                fitted.append(replacement);
            } else if (codePoint <= Character.MAX_VALUE && isGsm((char) codePoint)) {
                fitted.append((char) codePoint);
            } else {
                throw new IllegalArgumentException("An SMS cannot carry the character \""
                        + Character.toString(codePoint) + "\" (U+" + Integer.toHexString(codePoint).toUpperCase() + ")");
            }
        });
        return fitted.toString();
    }

    /** Length in septets of a text already in the alphabet. */
    static int septets(String gsmText) {
        return gsmText.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
    }

    private static boolean isGsm(char c) {
        return BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0;
    }
}
