package fr.visioaccueil.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A staff member asked for something outside their scope (another point, another organisation). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccessDeniedToResource extends RuntimeException {

    public AccessDeniedToResource() {
        super("Accès refusé à cette ressource");
    }
}
