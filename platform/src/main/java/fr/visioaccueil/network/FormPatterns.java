package fr.visioaccueil.network;

/** What the registry's forms accept, as regular expressions (an empty text is left to {@code @NotBlank}). */
final class FormPatterns {

    /** "HH:MM" as a time input sends it (seconds tolerated). */
    static final String TIME = "^$|^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$";
    /** A French number: 0X XX XX XX XX or +33 X XX XX XX XX, spaces, dots or dashes between pairs. */
    static final String PHONE = "^$|^(\\+33 ?|0)[1-9]([ .-]?\\d{2}){4}$";
    static final String POSTCODE = "^$|^\\d{5}$";
    /** A commune's INSEE code (code officiel géographique): the département (2A or 2B in Corsica), then 3 digits. */
    static final String INSEE = "^$|^([013-9]\\d|2[AB1-9])\\d{3}$";
    static final String WEB_ADDRESS = "^$|^https?://\\S+$";
    static final String COLOUR = "^$|^#[0-9a-fA-F]{6}$";

    private FormPatterns() {
    }
}
