package fr.visioaccueil.network;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A WGS84 latitude or longitude in decimal degrees as typed (empty allowed): a point or a French comma before the
 * decimals, between {@code -limit} and {@code limit} (90 for a latitude, 180 for a longitude).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Coordinate.Check.class)
@interface Coordinate {

    int limit();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Coordinate, String> {

        /** Stored to the millionth of a degree, about 10 cm on the ground: more digits would be noise. */
        private static final int SCALE = 6;

        private int limit;

        /** The typed text as degrees, or null when empty; only for a text this check accepted. */
        static BigDecimal parse(String text) {
            String clean = text == null ? "" : text.strip().replace(',', '.');
            return clean.isEmpty() ? null : new BigDecimal(clean).setScale(SCALE, RoundingMode.HALF_UP);
        }

        @Override
        public void initialize(Coordinate annotation) {
            limit = annotation.limit();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (!value.strip().matches("[+-]?\\d{1,3}([.,]\\d{1,12})?")) {
                return false;
            }
            return parse(value).abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
        }
    }
}
