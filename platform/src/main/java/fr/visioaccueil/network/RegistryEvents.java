package fr.visioaccueil.network;

import fr.visioaccueil.shared.Changes;
import fr.visioaccueil.shared.CurrentStaff;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link RegistryChanged} with the acting staff member and the fields that changed. */
@Component
class RegistryEvents {

    private final ApplicationEventPublisher publisher;

    RegistryEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void created(String type, long id, String summary, Map<String, ?> values) {
        publish("CREATE", type, id, summary, Changes.of(values));
    }

    void updated(String type, long id, String summary, Map<String, ?> before, Map<String, ?> after) {
        publish("UPDATE", type, id, summary, Changes.between(before, after));
    }

    void deleted(String type, long id, String summary) {
        publish("DELETE", type, id, summary, "");
    }

    private void publish(String action, String type, long id, String summary, String changes) {
        publisher.publishEvent(new RegistryChanged(CurrentStaff.actorName(), action, type, id, summary, changes));
    }
}
