package fr.visioaccueil.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The id in the address names nothing (or was tampered with). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " introuvable : " + id);
    }
}
