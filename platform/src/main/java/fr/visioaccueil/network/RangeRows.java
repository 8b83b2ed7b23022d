package fr.visioaccueil.network;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.validation.Errors;

/**
 * Rows of weekly ranges typed as "HH:MM" texts (opening hours, presences): an empty row is skipped; the others
 * are made into ranges by the domain, whose refusal (end before start…) lands on the row's own fields.
 */
final class RangeRows {

    private RangeRows() {
    }

    static boolean isBlank(Object... values) {
        return Arrays.stream(values).allMatch(value -> value == null || value.toString().isBlank());
    }

    /**
     * The range made from the row at {@code path} (empty when {@code make} gives nothing), or empty once the
     * reason is recorded on the row's fields.
     */
    static <R> Optional<R> toRange(Errors errors, String path, String opens, String closes,
                                   BiFunction<LocalTime, LocalTime, R> make) {
        if (isMissing(errors, path + ".opens", opens) | isMissing(errors, path + ".closes", closes)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(make.apply(LocalTime.parse(opens), LocalTime.parse(closes)));
        } catch (InvalidChange refusal) {
            errors.rejectValue(path + "." + refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            return Optional.empty();
        }
    }

    /** True when the field is empty or already refused; an empty field is told it is required. */
    static boolean isMissing(Errors errors, String field, Object value) {
        if (errors.hasFieldErrors(field)) {
            return true;
        }
        if (isBlank(value)) {
            errors.rejectValue(field, "validation.required");
            return true;
        }
        return false;
    }
}
