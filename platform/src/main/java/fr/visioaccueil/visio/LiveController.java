package fr.visioaccueil.visio;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.CurrentStaff;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The event stream the queue and waiting pages listen to; an agent's open stream is what "online now" means. */
@RestController
class LiveController {

    private final LiveUpdates updates;

    LiveController(LiveUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(path = "/visio/flux", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return updates.open(CurrentStaff.find().orElseThrow(AccessDeniedToResource::new));
    }
}
