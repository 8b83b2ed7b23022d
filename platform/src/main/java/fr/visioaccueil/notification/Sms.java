package fr.visioaccueil.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text message to a French mobile phone. The number is normalised to E.164 ({@code 06 12 34 56 78},
 * {@code 0033 6…} and {@code +33 6…} all become {@code +33612345678}); landlines and foreign numbers are refused,
 * as an SMS would not reach them. The text is made to fit one SMS of the GSM 03.38 alphabet (160 septets):
 * French letters outside it lose their accent ({@code ê → e}, {@code ç → c}, {@code œ → oe}), typographic
 * quotes, dashes and spaces become plain ones, and any other character is refused, as is a longer text.
 * Refusals are {@link IllegalArgumentException}s saying what is wrong.
 */
public record Sms(String phoneNumber, String text) implements Message {

    /** One SMS: 160 septets of the GSM 03.38 alphabet (its extension characters count two). */
    public static final int MAX_SEPTETS = 160;

    private static final Pattern FRENCH_MOBILE = Pattern.compile("(?:0|\\+33|0033)([67]\\d{8})");

    public Sms {
        phoneNumber = e164(phoneNumber);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An SMS needs a text");
        }
        text = GsmAlphabet.fit(text);
        int septets = GsmAlphabet.septets(text);
        if (septets > MAX_SEPTETS) {
            throw new IllegalArgumentException("An SMS holds " + MAX_SEPTETS + " characters, this one has " + septets);
        }
    }

    @Override
    public String recipient() {
        return phoneNumber;
    }

    @Override
    public String kind() {
        return "sms";
    }

    /** The number in E.164 ({@code +33612345678}), or an {@link IllegalArgumentException} for anything else. */
    public static String e164(String frenchMobile) {
        String digits = frenchMobile == null ? "" : frenchMobile.replaceAll("[\\s.\\-\\u00a0]", "");
        Matcher matcher = FRENCH_MOBILE.matcher(digits);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a French mobile number (06 or 07): " + frenchMobile);
        }
        return "+33" + matcher.group(1);
    }
}
