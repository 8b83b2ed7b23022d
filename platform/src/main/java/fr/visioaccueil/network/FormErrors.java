package fr.visioaccueil.network;

import java.util.function.Supplier;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/** Puts a refusal of the registry next to the form field it names, or above the form when no field fits. */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * Saves a valid form and answers where to go next; an invalid form, or one the registry refuses, is shown
     * again ({@code formView}) with what was typed and the reasons next to the fields.
     */
    static String submit(BindingResult errors, Object form, Supplier<String> save, Supplier<String> formView) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            } catch (InvalidChange refusal) {
                reject(errors, form, refusal);
            }
        }
        return formView.get();
    }

    static void reject(Errors errors, Object form, InvalidChange refusal) {
        if (PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(refusal.field())) {
            errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
        } else {
            errors.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }
}
