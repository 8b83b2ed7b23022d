package fr.visioaccueil.network;

import java.util.regex.Pattern;

/**
 * The network's colours carry white text (buttons, links on white): WCAG 2.1 AA asks a contrast of at least
 * 4.5:1 for normal text, so a colour too light to read on or against white is refused.
 */
final class BrandColour {

    static final double MINIMUM_CONTRAST = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private BrandColour() {
    }

    /** Refuses a colour that is not {@code #rrggbb} or that white text cannot be read on. */
    static void requireReadable(String field, String colour) {
        if (colour == null || !HEX.matcher(colour).matches()) {
            throw new InvalidChange(field, "network.colour.format");
        }
        double contrast = contrastWithWhite(colour);
        if (contrast < MINIMUM_CONTRAST) {
            throw new InvalidChange(field, "network.colour.contrast", contrast, MINIMUM_CONTRAST);
        }
    }

    /** WCAG's contrast ratio between the colour and white, from 1 (white) to 21 (black). */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double value = (channel & 0xFF) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
