package fr.visioaccueil.opendata;

/** A French number as the schema wants it: +33 without the leading zero, no spaces (05 65 38 12 34 → +33565381234). */
final class InternationalPhone {

    private InternationalPhone() {
    }

    static String of(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9+]", "");
        if (digits.matches("0[1-9]\\d{8}")) {
            return "+33" + digits.substring(1);
        }
        return digits.matches("\\+33\\d{9}") ? digits : "";
    }
}
