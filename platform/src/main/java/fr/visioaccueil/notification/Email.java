package fr.visioaccueil.notification;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An e-mail to one person: plain text, with attachments. Refuses an implausible address and a blank subject
 * or text with an {@link IllegalArgumentException}.
 */
public record Email(String to, String subject, String text, List<Attachment> attachments) implements Message {

    // what a person types in a form, not RFC 5322: one @, a dot in the domain, no spaces nor line breaks
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        if (to == null || to.length() > 254 || !PLAUSIBLE.matcher(to).matches()) {
            throw new IllegalArgumentException("Not a plausible e-mail address: " + to);
        }
        if (subject == null || subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("An e-mail needs a subject on one line");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a text");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Email(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    @Override
    public String recipient() {
        return to;
    }

    @Override
    public String kind() {
        return "email";
    }
}
