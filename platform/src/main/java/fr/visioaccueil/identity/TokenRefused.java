package fr.visioaccueil.identity;

/** A one-time link presented when it may no longer be used: nothing was changed. */
class TokenRefused extends RuntimeException {

    private final transient TokenCheck check;

    TokenRefused(TokenCheck check) {
        super("Lien refusé : " + check.status());
        this.check = check;
    }

    TokenCheck check() {
        return check;
    }
}
