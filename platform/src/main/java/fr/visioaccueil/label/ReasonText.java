package fr.visioaccueil.label;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes reasons in the reader's language from the bundles; nested reasons and lists are written first. */
@Component
class ReasonText {

    private final MessageSource messages;

    ReasonText(MessageSource messages) {
        this.messages = messages;
    }

    String of(Reason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream().map(argument -> written(argument, locale)).toArray();
        return messages.getMessage(reason.key(), arguments, locale);
    }

    private Object written(Object argument, Locale locale) {
        if (argument instanceof Reason reason) {
            return of(reason, locale);
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(written(item, locale))).collect(Collectors.joining(", "));
        }
        return argument;
    }
}
