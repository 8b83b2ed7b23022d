package fr.visioaccueil.booking;

import java.util.regex.Pattern;

/** French phone numbers as typed ("06 12 34 56 78", "+33 6 12…", "0033…"), kept as ten digits "0612345678". */
final class FrenchPhone {

    private static final Pattern TEN_DIGITS = Pattern.compile("0[1-9][0-9]{8}");

    private FrenchPhone() {
    }

    static boolean isValid(String typed) {
        return typed != null && TEN_DIGITS.matcher(digits(typed)).matches();
    }

    /** @throws IllegalArgumentException when it is not a French number */
    static String normalise(String typed) {
        if (!isValid(typed)) {
            throw new IllegalArgumentException("not a French phone number");
        }
        return digits(typed);
    }

    private static String digits(String typed) {
        String compact = typed.replaceAll("[\\s.\\-()]", "");
        if (compact.startsWith("+33")) {
            return "0" + compact.substring(3);
        }
        if (compact.startsWith("0033")) {
            return "0" + compact.substring(4);
        }
        return compact;
    }
}
