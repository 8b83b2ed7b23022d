package fr.visioaccueil.identity;

import fr.visioaccueil.network.Organisation;
import fr.visioaccueil.network.Point;
import fr.visioaccueil.network.Organisations;
import fr.visioaccueil.network.Points;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An account as the audit log tells it: names instead of ids, in French, so that an entry stays readable
 * after the organisation or point it named has been renamed or deleted.
 */
@Component
class AccountSnapshots {

    private final Organisations organisations;
    private final Points points;
    private final MessageSource messages;

    AccountSnapshots(Organisations organisations, Points points, MessageSource messages) {
        this.organisations = organisations;
        this.points = points;
        this.messages = messages;
    }

    Map<String, Object> of(NewStaffAccount account) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("adresse électronique", account.email().strip());
        values.put("nom", account.displayName().strip());
        values.put("rôle", messages.getMessage("role." + account.role(), null, Locale.FRENCH));
        values.put("organisme", account.organisationId() == null ? null
                : organisations.find(account.organisationId()).map(Organisation::getName).orElse(null));
        values.put("points", account.pointIds().stream().map(points::find)
                .flatMap(point -> point.map(Point::getName).stream()).sorted().collect(Collectors.joining(", ")));
        values.put("formé", account.trained() ? "oui" : "non");
        return values;
    }

    static String summary(String displayName, String email) {
        return displayName.strip() + " <" + email.strip() + ">";
    }
}
