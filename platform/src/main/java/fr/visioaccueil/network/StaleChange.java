package fr.visioaccueil.network;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else saved the same thing since the form was opened: nothing is overwritten. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleChange extends RuntimeException {

    public StaleChange() {
        super("Modifié entre-temps");
    }
}
