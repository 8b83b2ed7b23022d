package fr.visioaccueil.network;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A SIRET (empty allowed, spaces ignored): 14 digits whose Luhn key is right, so that a typing slip is caught
 * before the open data carries it. La Poste's establishments (SIREN 356 000 000) may follow another rule instead,
 * the sum of their digits a multiple of 5. Two messages: the wrong length, then the wrong key.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Siret.Check.class)
@interface Siret {

    String message() default "{validation.siret}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Siret, String> {

        private static final String LA_POSTE = "356000000";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String digits = digitsOf(value);
            if (digits.isEmpty() || digits.matches("\\d{14}") && hasValidKey(digits)) {
                return true;
            }
            if (digits.matches("\\d{14}")) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{validation.siret.key}").addConstraintViolation();
            }
            return false;
        }

        static String digitsOf(String value) {
            return value == null ? "" : value.replace(" ", "").strip();
        }

        static boolean hasValidKey(String digits) {
            return luhn(digits) || digits.startsWith(LA_POSTE) && digits.chars().map(c -> c - '0').sum() % 5 == 0;
        }

        private static boolean luhn(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                int weighted = i % 2 == 1 ? digit * 2 : digit;
                sum += weighted > 9 ? weighted - 9 : weighted;
            }
            return sum % 10 == 0;
        }
    }
}
