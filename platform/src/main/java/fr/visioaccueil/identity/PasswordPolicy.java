package fr.visioaccueil.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters (length beats complexity rules, as the ANSSI advises),
 * the confirmation identical, not built on the person's e-mail, and not one of the passwords tried first
 * by anyone guessing.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    // longest first, so that "azertyuiop" goes whole before "azerty" leaves "uiop" behind
    private static final List<String> COMMON = List.of("visioaccueil", "1234567890", "azertyuiop", "qwertyuiop",
            "motdepasse", "123456789", "password", "bonjour", "azerty", "qwerty", "soleil", "123456", "abcdef",
            "admin");

    List<FieldProblem> problems(String password, String confirmation, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(new FieldProblem("password", "password.tooShort"));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(new FieldProblem("password", "password.tooLong"));
        } else if (containsEmail(password, email)) {
            problems.add(new FieldProblem("password", "password.email"));
        } else if (isObvious(password)) {
            problems.add(new FieldProblem("password", "password.weak"));
        }
        if (password != null && !password.equals(confirmation)) {
            problems.add(new FieldProblem("confirmation", "password.mismatch"));
        }
        return problems;
    }

    private static boolean containsEmail(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
        return lower.contains(email.toLowerCase(Locale.ROOT)) || local.length() >= 4 && lower.contains(local);
    }

    /** Few different characters, or a common word padded with a few digits or signs ("Motdepasse2024!"). */
    private static boolean isObvious(String password) {
        String rest = password.toLowerCase(Locale.ROOT);
        if (rest.chars().distinct().count() < 5) {
            return true;
        }
        for (String word : COMMON) {
            rest = rest.replace(word, "");
        }
        return rest.length() < 6 || rest.chars().distinct().count() < 3;
    }
}
